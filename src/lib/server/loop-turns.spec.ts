import { describe, expect, it } from 'vitest';
import { LoopTurns } from './loop-turns';

/** Busy work of about `ms` milliseconds, as a PDF row would be. */
function busy(ms: number) {
	const until = performance.now() + ms;
	while (performance.now() < until);
}

describe('LoopTurns', () => {
	it('lets a timer run in the middle of long work once the budget is used', async () => {
		const turns = new LoopTurns(5);
		let timerRanAfterStep = -1;
		setImmediate(() => (timerRanAfterStep = step));
		let step = 0;
		for (; step < 20; step++) {
			busy(1);
			await turns.pause();
		}
		// 20 ms of work with a 5 ms budget: the waiting callback ran long before the end.
		expect(timerRanAfterStep).toBeGreaterThanOrEqual(0);
		expect(timerRanAfterStep).toBeLessThan(10);
		expect(turns.turns).toBeGreaterThanOrEqual(2);
	});

	it('gives no turn while the work stays within its budget', async () => {
		const turns = new LoopTurns(1000);
		for (let step = 0; step < 5; step++) await turns.pause();
		expect(turns.turns).toBe(0);
	});
});
