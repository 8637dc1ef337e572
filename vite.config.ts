import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The chosen language lives in a cookie so URLs stay the same in every language
			// (the contracts in DESIGN.md name fixed paths like /start).
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		})
	],
	server: { port: 3000 },
	test: {
		include: ['src/**/*.{test,spec}.ts'],
		environment: 'node',
		setupFiles: ['./tests/support/unit/setup.ts'],
		reporters: ['default', 'json'],
		outputFile: { json: './test-results/vitest.json' }
	}
});
