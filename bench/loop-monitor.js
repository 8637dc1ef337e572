// Loaded into the portal's server with `node --import` by `npm run bench:load`: records the
// event loop's delays (from SIGUSR1 on), and on SIGUSR2 writes the largest delay and the memory
// to BENCH_REPORT.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
// The benchmark resets the record once the server is up, so start-up work (migrations on a
// big database) does not count as a delay a person would feel.
process.on('SIGUSR1', () => histogram.reset());
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
