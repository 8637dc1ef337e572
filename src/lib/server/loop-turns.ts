import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long synchronous work (a PDF of a year's hours) holds up every other request while it runs.
 * `LoopTurns` lets such work give the event loop a turn once it has run for `budgetMs`, so
 * other people's pages wait at most about that long. Call `pause()` between small steps.
 */
export class LoopTurns {
	private since = performance.now();
	/** How many times the work gave the loop a turn: for tests and benchmarks. */
	turns = 0;

	constructor(private readonly budgetMs = 10) {}

	async pause(): Promise<void> {
		if (performance.now() - this.since < this.budgetMs) return;
		this.turns += 1;
		await nextTurn();
		this.since = performance.now();
	}
}
