import { describe, expect, it } from 'vitest';
import { allModules, catalogue, findModule, passtgenau } from './catalogue';

describe('pass(t)genau catalogue', () => {
	it('has the six modules of the concept in their order', () => {
		expect(passtgenau.modules.map((module) => module.code)).toEqual([
			'entry',
			'qualification',
			'stabilisation',
			'transition',
			'job_security',
			'job_coaching'
		]);
		expect(passtgenau.modules.map((module) => module.order)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('caps the hours at 48, 540, 378, 324 in total and 30 per month', () => {
		const caps = Object.fromEntries(
			passtgenau.modules.map((module) => [module.code, module.hourCap])
		);
		expect(caps).toEqual({
			entry: { kind: 'total', hours: 48 },
			qualification: { kind: 'total', hours: 540 },
			stabilisation: { kind: 'total', hours: 378 },
			transition: { kind: 'total', hours: 324 },
			job_security: { kind: 'per_month', hours: 30 },
			job_coaching: { kind: 'none' }
		});
	});

	it('makes the Einstiegsphase the only mandatory module', () => {
		expect(
			passtgenau.modules.filter((module) => module.mandatory).map((module) => module.code)
		).toEqual(['entry']);
	});

	it('keeps the length ranges of the concept', () => {
		expect(findModule('entry')?.length).toEqual({ min: 2, max: 4, unit: 'week' });
		expect(findModule('qualification')?.length).toEqual({ min: 4, max: 10, unit: 'month' });
		expect(findModule('stabilisation')?.length).toEqual({ min: 3, max: 7, unit: 'month' });
		expect(findModule('transition')?.length).toEqual({ min: null, max: 6, unit: 'month' });
		expect(findModule('job_security')?.length).toEqual({ min: null, max: 6, unit: 'month' });
	});

	it('does not let Jobcoaching be booked in the portal', () => {
		expect(findModule('job_coaching')?.bookable).toBe(false);
		expect(allModules().filter((module) => !module.bookable)).toHaveLength(1);
	});

	it('uses each module code once across all offers', () => {
		const codes = allModules().map((module) => module.code);
		expect(new Set(codes).size).toBe(codes.length);
		expect(catalogue.map((offer) => offer.code)).toContain('passtgenau');
	});

	it('has sane length ranges', () => {
		for (const module of allModules()) {
			if (!module.length) continue;
			expect(module.length.max).toBeGreaterThan(0);
			if (module.length.min !== null)
				expect(module.length.min).toBeLessThanOrEqual(module.length.max);
		}
	});

	it('finds nothing for an unknown code', () => {
		expect(findModule('nonsense')).toBeUndefined();
	});
});
