// Loaded into the portal's server with `node --import` by `npm run bench:load`: records the
// event loop's delays, and on SIGUSR2 writes the largest delay and the memory to BENCH_REPORT.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
process.on('SIGUSR2', () => {
	writeFileSync(
		process.env.BENCH_REPORT,
		JSON.stringify({
			maxEventLoopDelayMs: histogram.max / 1e6,
			p99EventLoopDelayMs: histogram.percentile(99) / 1e6,
			rssMb: process.memoryUsage().rss / 1024 / 1024
		})
	);
});
