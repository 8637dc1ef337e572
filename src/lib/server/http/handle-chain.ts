import type { Handle, RequestEvent, ResolveOptions } from '@sveltejs/kit';

type MaybePromise<T> = T | Promise<T>;

/**
 * Runs the handles in order, as SvelteKit's `sequence` does, with the same merging of resolve
 * options: an inner handle's `transformPageChunk` runs first, then the outer one's, and for
 * `filterSerializedResponseHeaders` and `preload` the outer handle's choice wins.
 *
 * Why not `sequence`: it wraps every handle in a tracing span, a copy of the event and a new
 * async-local request store. The portal traces nothing, and those three per handle, for its six
 * handles, cost about 8 % of the CPU of the signed-out /login (0.81 → 0.75 ms, side by side). The
 * request store SvelteKit sets around `handle` stays in place, so `getRequestEvent` still works.
 */
export function chainHandles(...handles: Handle[]): Handle {
	return ({ event, resolve }) => {
		const step = (
			index: number,
			current: RequestEvent,
			outer: ResolveOptions | undefined
		): MaybePromise<Response> => {
			const handle = handles[index];
			if (!handle) return resolve(current, outer);
			return handle({
				event: current,
				resolve: (next, options) => step(index + 1, next, mergeResolveOptions(outer, options))
			});
		};
		return step(0, event, undefined);
	};
}

function mergeResolveOptions(
	outer: ResolveOptions | undefined,
	inner: ResolveOptions | undefined
): ResolveOptions | undefined {
	if (!inner) return outer;
	if (!outer) return inner;
	const transforms = [inner.transformPageChunk, outer.transformPageChunk].filter(
		(transform) => transform !== undefined
	);
	return {
		transformPageChunk: async ({ html, done }) => {
			for (const transform of transforms) html = (await transform({ html, done })) ?? '';
			return html;
		},
		filterSerializedResponseHeaders:
			outer.filterSerializedResponseHeaders ?? inner.filterSerializedResponseHeaders,
		preload: outer.preload ?? inner.preload
	};
}
