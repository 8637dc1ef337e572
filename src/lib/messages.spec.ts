import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import settings from '../../project.inlang/settings.json';

const messagesFolder = join(process.cwd(), 'messages');

function messagesOf(locale: string): Record<string, string> {
	const raw = JSON.parse(readFileSync(join(messagesFolder, `${locale}.json`), 'utf8')) as Record<string, unknown>;
	delete raw.$schema;
	return raw as Record<string, string>;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message files', () => {
	const base = messagesOf(settings.baseLocale);

	it('has one file for every locale in the settings, and no other', () => {
		const files = readdirSync(messagesFolder)
			.filter((file) => file.endsWith('.json'))
			.map((file) => file.replace(/\.json$/, ''))
			.sort();
		expect(files).toEqual([...settings.locales].sort());
	});

	it.each(settings.locales)('%s has every key of the base locale and no extra ones', (locale) => {
		const messages = messagesOf(locale);
		const missing = Object.keys(base).filter((key) => !(key in messages));
		const extra = Object.keys(messages).filter((key) => !(key in base));
		expect({ missing, extra }).toEqual({ missing: [], extra: [] });
	});

	it.each(settings.locales)('%s fills every message and keeps its placeholders', (locale) => {
		const messages = messagesOf(locale);
		for (const [key, text] of Object.entries(messages)) {
			expect(typeof text === 'string' && text.trim().length > 0, `${locale}.${key} is empty`).toBe(true);
			expect(placeholders(text), `${locale}.${key} placeholders`).toEqual(placeholders(base[key] ?? ''));
		}
	});
});
