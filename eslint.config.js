// ESLint as the SvelteKit `sv` template sets it up: recommended JavaScript, TypeScript and
// Svelte rules, formatting left to Prettier.
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	// bench/minimal-app is a separate app (the benchmark's floor), outside the portal's tsconfig.
	{ ignores: ['src/lib/paraglide/', 'drizzle/', 'bench/minimal-app/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// The portal runs at the site's root with no `paths.base`, so resolve() would add nothing to
			// its links; the plain paths are the ones DESIGN.md and the tests name.
			'svelte/no-navigation-without-resolve': 'off',
			// TypeScript checks names itself (typescript-eslint's advice).
			'no-undef': 'off',
			// `_` marks a value left out on purpose, as in `({ secret: _, ...rest })`.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
