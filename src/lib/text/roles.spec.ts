import { describe, expect, it } from 'vitest';
import { roleWordings } from '$lib/domain/roles';
import { nameWithRole, personRole } from './roles';

describe('a role beside a name', () => {
	it('is said the way the person is, short, without "oder"', () => {
		expect(nameWithRole('Tom Keller', 'trainer', 'masculine')).toBe(
			'Tom Keller (Qualifikations·trainer)'
		);
		expect(personRole('trainer', 'feminine')).toBe('Qualifikations·trainerin');
		expect(personRole('trainer', 'neutral')).toBe('Qualifikations·trainer·in');
		expect(personRole('lead', 'masculine')).toBe('Leitung');
		for (const wording of roleWordings) {
			for (const role of ['participant', 'trainer', 'lead', 'admin'] as const) {
				expect(personRole(role, wording)).not.toContain(' oder ');
			}
		}
	});
});
