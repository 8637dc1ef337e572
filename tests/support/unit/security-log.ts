import { existsSync, readFileSync } from 'node:fs';

/** For tests: the security log lines this test file wrote so far (test-setup.ts names the file). */
export function securityLogLines(): Record<string, unknown>[] {
	const file = process.env.SECURITY_LOG;
	if (!file || !existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Record<string, unknown>);
}
