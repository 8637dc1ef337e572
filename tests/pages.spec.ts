import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { pages } from './support/pages';

function routeIds(folder: string, root = folder): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return routeIds(path, root);
		if (entry.name !== '+page.svelte') return [];
		const id = '/' + relative(root, folder).split(sep).join('/');
		return [id === '/' ? '/' : id.replace(/\/$/, '')];
	});
}

test('every page in the route tree is listed for the accessibility checks', () => {
	const listed = pages.map((entry) => entry.route).sort();
	const inTree = routeIds(join(process.cwd(), 'src', 'routes')).sort();
	expect(listed).toEqual(inTree);
});
