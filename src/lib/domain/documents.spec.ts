import { describe, expect, it } from 'vitest';
import {
	keptIcfLines,
	missingReportParts,
	noteThreads,
	noteDateProblem,
	shareExpiry,
	shareLinkState
} from './documents';
import { ratedCoreSet } from '$test/fixtures';

const ratedCore = ratedCoreSet({ performance: '2', capacity: '1', qualifier: '1' });

describe('missingReportParts', () => {
	it('names the empty texts, the goals without words and the unrated core categories', () => {
		const missing = missingReportParts({
			startingSituation: 'Am Anfang',
			course: ' ',
			goals: [{ goalId: 'g1', goalText: 'Bus fahren', goalState: 'working', text: '' }],
			icf: ratedCore.filter((line) => line.code !== 'd845'),
			recommendation: ''
		});
		expect(missing).toEqual([
			{ part: 'course' },
			{ part: 'goal', goalId: 'g1', goalText: 'Bus fahren' },
			{ part: 'icf', code: 'd845' },
			{ part: 'recommendation' }
		]);
	});

	it('finds nothing missing in a complete report', () => {
		expect(
			missingReportParts({
				startingSituation: 'a',
				course: 'b',
				goals: [],
				icf: ratedCore,
				recommendation: 'c'
			})
		).toEqual([]);
	});
});

describe('keptIcfLines', () => {
	it('drops empty and unknown lines, keeps one line per code, core set first in list order', () => {
		const kept = keptIcfLines([
			{ code: 'b117', qualifier: '1', comment: '' },
			{ code: 'x999', qualifier: '1', comment: 'unknown' },
			{ code: 'e590', comment: '' },
			{ code: 'd845', performance: '2', capacity: '1', comment: '' },
			{ code: 'b130', qualifier: '0', comment: '' }
		]);
		expect(kept.map((line) => line.code)).toEqual(['b130', 'd845', 'b117']);
	});
});

describe('progress notes', () => {
	it('groups corrections into one thread, current words first, newest day first', () => {
		const at = (iso: string) => new Date(iso);
		const threads = noteThreads([
			{ id: 'a', replacesId: null, date: '2027-01-05', createdAt: at('2027-01-05T10:00:00Z') },
			{ id: 'b', replacesId: 'a', date: '2027-01-05', createdAt: at('2027-01-06T10:00:00Z') },
			{ id: 'c', replacesId: 'b', date: '2027-01-05', createdAt: at('2027-01-07T10:00:00Z') },
			{ id: 'd', replacesId: null, date: '2027-01-09', createdAt: at('2027-01-09T10:00:00Z') }
		]);
		expect(
			threads.map((thread) => [thread.current.id, thread.earlier.map((note) => note.id)])
		).toEqual([
			['d', []],
			['c', ['b', 'a']]
		]);
	});

	it('accepts days from the booking start to today', () => {
		expect(noteDateProblem('2027-01-10', '2027-01-10', '2027-01-04')).toBeNull();
		expect(noteDateProblem('2027-01-11', '2027-01-10', '2027-01-04')).toBe('future');
		expect(noteDateProblem('2027-01-03', '2027-01-10', '2027-01-04')).toBe('before_start');
	});
});

describe('share links', () => {
	it('are active until the expiry moment, and revoked wins over time', () => {
		const made = new Date('2027-01-01T12:00:00Z');
		const expiresAt = shareExpiry(made, 7);
		expect(expiresAt.toISOString()).toBe('2027-01-08T12:00:00.000Z');
		expect(shareLinkState({ expiresAt, revokedAt: null }, new Date(expiresAt.getTime() - 1))).toBe(
			'active'
		);
		expect(shareLinkState({ expiresAt, revokedAt: null }, expiresAt)).toBe('expired');
		expect(shareLinkState({ expiresAt, revokedAt: made }, made)).toBe('revoked');
	});
});
