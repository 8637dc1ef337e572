import { describe, expect, it } from 'vitest';
import { bookingCorrectionFailure, confirmFailure, withdrawFailure } from './booking-refusals';
import { talkCorrectionFailure, talkFailure } from './documentation-refusals';
import { hourFailure } from './hour-refusals';

const january = { earliest: '2027-01-04', latest: '2027-01-29' } as const;

describe('refusals as screen texts', () => {
	it('put a wrong agreed date on its field, the same when confirming and when correcting', () => {
		const refusal = { ok: false, reason: 'start_out_of_range', allowed: january } as const;
		const confirmed = confirmFailure(refusal);
		expect(Object.keys(confirmed)).toEqual(['plannedStart']);
		expect(confirmed.plannedStart).toContain('2027');
		expect(bookingCorrectionFailure(refusal)).toEqual(confirmed);
		expect(confirmFailure({ ok: false, reason: 'entry_not_agreed' })).toHaveProperty('form');
		expect(bookingCorrectionFailure({ ok: false, reason: 'unknown_trainer' })).toHaveProperty(
			'trainerId'
		);
	});

	it('give one sentence where the page shows one, and field errors elsewhere', () => {
		expect(typeof withdrawFailure({ ok: false, reason: 'not_requested' })).toBe('string');
		expect(talkCorrectionFailure({ ok: false, reason: 'next_too_far' })).toEqual(
			talkFailure({ ok: false, reason: 'next_too_far' })
		);
		expect(talkCorrectionFailure({ ok: false, reason: 'changed_meanwhile' })).toHaveProperty(
			'heldOn'
		);
		const overMonth = hourFailure({
			ok: false,
			reason: 'over_cap',
			perMonth: true,
			freeMinutes: 90
		});
		const overBooking = hourFailure({
			ok: false,
			reason: 'over_cap',
			perMonth: false,
			freeMinutes: 90
		});
		expect(Object.keys(overMonth)).toEqual(['minutes']);
		expect(overMonth.minutes).not.toEqual(overBooking.minutes);
	});
});
