import type { Handle, RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { chainHandles } from './handle-chain';

const event = { url: new URL('http://portal.test/start') } as RequestEvent;

/** SvelteKit's own resolve, reduced to what the chain hands it. */
function fakeResolve(seen: { event?: RequestEvent; options?: ResolveOptions }) {
	return async (resolved: RequestEvent, options?: ResolveOptions) => {
		seen.event = resolved;
		seen.options = options;
		const html = '<html>page</html>';
		const transformed = (await options?.transformPageChunk?.({ html, done: true })) ?? html;
		return new Response(transformed);
	};
}

describe('chainHandles', () => {
	it('runs the handles from the first to the last, and back out again', async () => {
		const order: string[] = [];
		const named =
			(name: string): Handle =>
			async ({ event, resolve }) => {
				order.push(`${name} in`);
				const response = await resolve(event);
				order.push(`${name} out`);
				return response;
			};
		const handle = chainHandles(named('outer'), named('middle'), named('inner'));
		await handle({ event, resolve: fakeResolve({}) });
		expect(order).toEqual([
			'outer in',
			'middle in',
			'inner in',
			'inner out',
			'middle out',
			'outer out'
		]);
	});

	it('stops at a handle that answers itself', async () => {
		const seen: { event?: RequestEvent } = {};
		let laterRan = false;
		const handle = chainHandles(
			() => new Response('refused', { status: 403 }),
			({ event, resolve }) => {
				laterRan = true;
				return resolve(event);
			}
		);
		const response = await handle({ event, resolve: fakeResolve(seen) });
		expect(response.status).toBe(403);
		expect(laterRan).toBe(false);
		expect(seen.event).toBeUndefined();
	});

	it('transforms the page with the inner handle first, then the outer one', async () => {
		const handle = chainHandles(
			({ event, resolve }) =>
				resolve(event, {
					transformPageChunk: ({ html }) => html.replace('</html>', ' outer</html>')
				}),
			({ event, resolve }) =>
				resolve(event, {
					transformPageChunk: ({ html }) => html.replace('</html>', ' inner</html>')
				})
		);
		const response = await handle({ event, resolve: fakeResolve({}) });
		expect(await response.text()).toBe('<html>page inner outer</html>');
	});

	it('lets the outer handle decide the headers kept and the files preloaded', async () => {
		const seen: { options?: ResolveOptions } = {};
		const outerFilter = (name: string) => name === 'content-type';
		const handle = chainHandles(
			({ event, resolve }) => resolve(event, { filterSerializedResponseHeaders: outerFilter }),
			({ event, resolve }) =>
				resolve(event, {
					filterSerializedResponseHeaders: () => true,
					preload: ({ type }) => type === 'css'
				})
		);
		await handle({ event, resolve: fakeResolve(seen) });
		expect(seen.options?.filterSerializedResponseHeaders).toBe(outerFilter);
		expect(seen.options?.preload?.({ type: 'css', path: '/a.css' })).toBe(true);
		expect(seen.options?.preload?.({ type: 'js', path: '/a.js' })).toBe(false);
	});

	it('passes on the event a handle resolves with', async () => {
		const seen: { event?: RequestEvent } = {};
		const replaced = { url: new URL('http://portal.test/other') } as RequestEvent;
		const handle = chainHandles(
			({ resolve }) => resolve(replaced),
			({ event, resolve }) => resolve(event)
		);
		await handle({ event, resolve: fakeResolve(seen) });
		expect(seen.event).toBe(replaced);
	});
});
