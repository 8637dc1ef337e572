import { env } from '$env/dynamic/private';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The time share links are checked at. The end-to-end tests start a second server that lives
 * some days in the future (TEST_CLOCK_OFFSET_DAYS) to see links expire without waiting;
 * production never sets it, and then this is simply the current time.
 */
export function clockNow(): Date {
	const offsetDays = Number(env.TEST_CLOCK_OFFSET_DAYS ?? 0);
	return new Date(Date.now() + (Number.isFinite(offsetDays) ? offsetDays : 0) * dayMs);
}
