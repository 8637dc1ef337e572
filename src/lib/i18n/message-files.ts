import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where paraglide reads the message files from (see project.inlang/settings.json). */
export const messagesFolder = join(process.cwd(), 'messages');

/** The messages of one locale as they stand in its JSON file, without the `$schema` entry. For tests. */
export function messagesOf(locale: string): Record<string, string> {
	const raw = JSON.parse(readFileSync(join(messagesFolder, `${locale}.json`), 'utf8')) as Record<
		string,
		unknown
	>;
	delete raw.$schema;
	return raw as Record<string, string>;
}
