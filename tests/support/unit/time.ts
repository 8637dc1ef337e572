/** Spans and a clock for tests that walk through time (sessions, sign-in limits). */
export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

/** `at(ms)`: the moment that long after `start`. */
export function clockFrom(start: Date): (ms: number) => Date {
	return (ms) => new Date(start.getTime() + ms);
}
