import { describe, expect, it } from 'vitest';
import { findModule, type ModuleDefinition } from './catalogue';
import {
	allowedEndDates,
	allowedStartDates,
	confirmRefusal,
	isWithin,
	needsConfirmation,
	nextLeadStep,
	requestRefusal,
	withdrawRefusal,
	type BookingFacts
} from './bookings';

const moduleOf = (code: string): ModuleDefinition => {
	const found = findModule(code);
	if (!found) throw new Error(code);
	return found;
};
const entry = 'entry';
const booking = (moduleCode: string, state: BookingFacts['state']): BookingFacts => ({
	moduleCode,
	state
});

describe('requestRefusal', () => {
	it('lets every participant start with the Einstiegsphase', () => {
		expect(requestRefusal(moduleOf('entry'), entry, [])).toBeNull();
	});

	it('refuses another module before an Einstiegsphase is requested or done', () => {
		expect(requestRefusal(moduleOf('qualification'), entry, [])).toBe('entry_first');
		expect(requestRefusal(moduleOf('transition'), entry, [booking('entry', 'declined')])).toBe(
			'entry_first'
		);
		expect(requestRefusal(moduleOf('transition'), entry, [booking('entry', 'withdrawn')])).toBe(
			'entry_first'
		);
	});

	it('allows other modules once the Einstiegsphase is requested, running or finished', () => {
		for (const state of ['requested', 'confirmed', 'running', 'finished'] as const) {
			expect(
				requestRefusal(moduleOf('qualification'), entry, [booking('entry', state)])
			).toBeNull();
		}
	});

	it('allows the whole sequence in one step', () => {
		expect(
			requestRefusal(
				moduleOf('stabilisation'),
				entry,
				[],
				['entry', 'qualification', 'stabilisation']
			)
		).toBeNull();
	});

	it('refuses a second open or running booking of the same module', () => {
		for (const state of ['requested', 'confirmed', 'running'] as const) {
			expect(requestRefusal(moduleOf('entry'), entry, [booking('entry', state)])).toBe(
				'already_open'
			);
		}
	});

	it('allows the same module again after it finished, was declined or withdrawn', () => {
		const history = [booking('entry', 'finished'), booking('qualification', 'declined')];
		expect(requestRefusal(moduleOf('qualification'), entry, history)).toBeNull();
		expect(requestRefusal(moduleOf('entry'), entry, history)).toBeNull();
	});

	it('never lets Jobcoaching be requested', () => {
		expect(requestRefusal(moduleOf('job_coaching'), entry, [booking('entry', 'finished')])).toBe(
			'not_bookable'
		);
	});
});

describe('confirmRefusal', () => {
	it('confirms only open requests', () => {
		expect(confirmRefusal(booking('entry', 'requested'), entry, [])).toBeNull();
		expect(confirmRefusal(booking('entry', 'withdrawn'), entry, [])).toBe('not_requested');
		expect(confirmRefusal(booking('entry', 'confirmed'), entry, [])).toBe('not_requested');
	});

	it('confirms a later module only when the Einstiegsphase is agreed', () => {
		expect(
			confirmRefusal(booking('qualification', 'requested'), entry, [booking('entry', 'requested')])
		).toBe('entry_not_agreed');
		expect(
			confirmRefusal(booking('qualification', 'requested'), entry, [booking('entry', 'running')])
		).toBeNull();
	});
});

describe('withdrawRefusal', () => {
	it('lets a request be withdrawn until it is confirmed', () => {
		expect(withdrawRefusal(booking('entry', 'requested'), entry, [])).toBeNull();
		expect(withdrawRefusal(booking('entry', 'confirmed'), entry, [])).toBe('not_requested');
		expect(withdrawRefusal(booking('entry', 'running'), entry, [])).toBe('not_requested');
	});

	it('keeps the Einstiegsphase while later requests wait on it', () => {
		expect(
			withdrawRefusal(booking('entry', 'requested'), entry, [booking('qualification', 'requested')])
		).toBe('others_need_entry');
		expect(
			withdrawRefusal(booking('entry', 'requested'), entry, [
				booking('entry', 'finished'),
				booking('qualification', 'requested')
			])
		).toBeNull();
	});
});

describe('planned dates fit the module length', () => {
	it('gives the Einstiegsphase 2 to 4 weeks', () => {
		const range = allowedEndDates(moduleOf('entry').length!, '2027-01-04');
		expect(range).toEqual({ earliest: '2027-01-17', latest: '2027-01-31' });
		expect(isWithin('2027-01-16', range)).toBe(false);
		expect(isWithin('2027-01-17', range)).toBe(true);
		expect(isWithin('2027-01-31', range)).toBe(true);
		expect(isWithin('2027-02-01', range)).toBe(false);
	});

	it('gives the Qualifizierungsphase 4 to 10 months', () => {
		expect(allowedEndDates(moduleOf('qualification').length!, '2027-01-01')).toEqual({
			earliest: '2027-04-30',
			latest: '2027-10-31'
		});
	});

	it('lets a module with only an upper bound end any day up to it', () => {
		expect(allowedEndDates(moduleOf('transition').length!, '2027-03-15')).toEqual({
			earliest: '2027-03-15',
			latest: '2027-09-14'
		});
	});

	it('lets a start lie up to a year back and two years ahead', () => {
		expect(allowedStartDates('2026-11-23')).toEqual({
			earliest: '2025-11-23',
			latest: '2028-11-23'
		});
	});
});

describe('needsConfirmation', () => {
	it('asks before a decline, a start and a finish, which cannot be undone', () => {
		expect(needsConfirmation('decline')).toBe(true);
		expect(needsConfirmation('start')).toBe(true);
		expect(needsConfirmation('finish')).toBe(true);
	});

	it('does not ask again before a confirmation, whose dates and trainer are checked', () => {
		expect(needsConfirmation('confirm')).toBe(false);
	});
});

describe('nextLeadStep', () => {
	it('starts a confirmed booking and finishes a running one, and nothing else', () => {
		expect(nextLeadStep('confirmed')).toBe('start');
		expect(nextLeadStep('running')).toBe('finish');
		for (const state of ['requested', 'declined', 'withdrawn', 'finished'] as const) {
			expect(nextLeadStep(state)).toBeNull();
		}
	});
});
