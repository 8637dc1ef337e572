import { describe, expect, it } from 'vitest';
import { WorkSlots } from './work-slots';

/** Work that ends when the test says so. */
function pending() {
	let finish!: () => void;
	let fail!: (error: Error) => void;
	const done = new Promise<void>((resolve, reject) => {
		finish = resolve;
		fail = reject;
	});
	return { done, finish, fail };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('WorkSlots', () => {
	it('runs at most as many at once as it has slots, the others in the order they came', async () => {
		const slots = new WorkSlots(2);
		const works = [pending(), pending(), pending(), pending()];
		const started: number[] = [];
		const runs = works.map((work, index) =>
			slots.run(async () => {
				started.push(index);
				await work.done;
				return index;
			})
		);
		await turn();
		expect(started).toEqual([0, 1]);
		works[1]!.finish();
		await turn();
		expect(started).toEqual([0, 1, 2]);
		works[0]!.finish();
		works[2]!.finish();
		await turn();
		expect(started).toEqual([0, 1, 2, 3]);
		works[3]!.finish();
		expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
	});

	it('frees the slot of work that fails', async () => {
		const slots = new WorkSlots(1);
		const failing = pending();
		const first = slots.run(() => failing.done);
		let secondRan = false;
		const second = slots.run(async () => {
			secondRan = true;
		});
		failing.fail(new Error('broken PDF'));
		await expect(first).rejects.toThrow('broken PDF');
		await second;
		expect(secondRan).toBe(true);
	});
});
