import { describe, expect, it } from 'vitest';
import { fieldTexts, formState, isDone, summaryOf } from './index';

describe('formState', () => {
	const failure = {
		action: 'updateGoal',
		goalId: 'g1',
		values: { progress: 'typed' },
		errors: { progress: 'Too long' }
	};

	it('gives the values and errors of the form the failure is about', () => {
		expect(formState(failure, { action: 'updateGoal', goalId: 'g1' })).toEqual({
			failed: true,
			values: { progress: 'typed' },
			errors: { progress: 'Too long' }
		});
	});

	it('gives nothing to another form of the page, by action or by goal', () => {
		const empty = { failed: false, values: {}, errors: {} };
		expect(formState(failure, { action: 'addGoal' })).toEqual(empty);
		expect(formState(failure, { action: 'updateGoal', goalId: 'g2' })).toEqual(empty);
	});

	it('treats a key left undefined as any form', () => {
		expect(formState(failure, { action: 'updateGoal', goalId: undefined }).failed).toBe(true);
		expect(formState(failure).errors).toEqual({ progress: 'Too long' });
	});

	it('gives nothing for no answer and for a success', () => {
		expect(formState(null).failed).toBe(false);
		expect(formState(undefined, { action: 'x' }).values).toEqual({});
		expect(formState({ done: 'addGoal' }, { action: 'addGoal' }).failed).toBe(false);
	});

	it('gives empty values when a failure sends only errors', () => {
		expect(formState({ action: 'advance', errors: { confirm: 'Say yes' } })).toEqual({
			failed: true,
			values: {},
			errors: { confirm: 'Say yes' }
		});
	});
});

describe('isDone', () => {
	it('is true only for the step and form the success names', () => {
		const success = { done: 'updateGoal', goalId: 'g1' };
		expect(isDone(success, 'updateGoal', { goalId: 'g1' })).toBe(true);
		expect(isDone(success, 'updateGoal')).toBe(true);
		expect(isDone(success, 'updateGoal', { goalId: 'g2' })).toBe(false);
		expect(isDone(success, 'addGoal')).toBe(false);
		expect(isDone(null, 'addGoal')).toBe(false);
	});
});

describe('summaryOf', () => {
	it('links a whole-form error to the first field and drops empty entries', () => {
		expect(summaryOf({ form: 'Changed', text: 'Missing', note: undefined }, 'date')).toEqual([
			{ fieldId: 'date', message: 'Changed' },
			{ fieldId: 'text', message: 'Missing' }
		]);
	});
});

describe('summaryOf with fieldIdOf', () => {
	it('links each error to the field of the copy of the form that was sent', () => {
		expect(summaryOf({ progress: 'Too long' }, 'progress-g1', (name) => `${name}-g1`)).toEqual([
			{ fieldId: 'progress-g1', message: 'Too long' }
		]);
	});
});

describe('fieldTexts', () => {
	const state = { values: { text: 'typed' }, errors: { text: 'Too long' } };

	it("shows the state's kept words and error for the field's name", () => {
		expect(fieldTexts('text', { state, value: 'stored' })).toEqual({
			error: 'Too long',
			value: 'typed'
		});
	});

	it('falls back to the given value, and to nothing, when the state keeps nothing', () => {
		expect(fieldTexts('date', { state, value: '2027-01-05' })).toEqual({
			error: undefined,
			value: '2027-01-05'
		});
		expect(fieldTexts('date', {})).toEqual({ error: undefined, value: '' });
	});

	it('lets a given error win over the state', () => {
		expect(fieldTexts('text', { state, error: 'Other' }).error).toBe('Other');
	});
});
