/**
 * At most `size` pieces of a kind of work at once; the rest wait their turn, first come first
 * served. Work that gives the event loop turns (`LoopTurns`) could otherwise pile up: every
 * PDF being drawn holds its pages in memory until it ends.
 */
export class WorkSlots {
	private free: number;
	private readonly waiting: (() => void)[] = [];

	constructor(size: number) {
		this.free = size;
	}

	async run<T>(work: () => Promise<T>): Promise<T> {
		if (this.free > 0) this.free -= 1;
		else await new Promise<void>((turn) => this.waiting.push(turn));
		try {
			return await work();
		} finally {
			// The slot goes straight to the next in line, so nobody overtakes it.
			const next = this.waiting.shift();
			if (next) next();
			else this.free += 1;
		}
	}
}
