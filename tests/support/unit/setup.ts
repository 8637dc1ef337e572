import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Each test file gets its own empty database file: tests never share state, and never
// touch data/portal.db. (In-memory SQLite would not do: every pooled connection would
// see a different, empty database.)
const dir = mkdtempSync(join(tmpdir(), 'portal-unit-'));
process.env.DATABASE_URL = `file:${join(dir, 'test.db')}`;
// The security log of this file's tests, for the tests that read it.
process.env.SECURITY_LOG = join(dir, 'security.log');
delete process.env.DEMO_DATA;

afterAll(async () => {
	// An open pool keeps the test worker alive after the last test.
	const { disconnect } = await import('$lib/server/db');
	await disconnect();
});
