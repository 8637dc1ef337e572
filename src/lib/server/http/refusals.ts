import { stringify } from 'devalue';
import { keptValues } from '$lib/forms';
import { m } from '$lib/paraglide/messages.js';

/** Enhanced forms (and SvelteKit's own fetches) ask for an action's result as JSON. */
function wantsActionJson(request: Request): boolean {
	return (
		request.headers.get('x-sveltekit-action') === 'true' ||
		(request.headers.get('accept') ?? '').startsWith('application/json')
	);
}

/** A short answer in easy language for requests refused before any page could render. */
export function plainRefusal(status: number, title: string, text: string): Response {
	return new Response(`${title}\n${text}\n`, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}

/**
 * The answer to a form post over the write limit. A form sent by the page's script gets the
 * usual failure of a form action, so the page shows "please wait" in its error summary and
 * keeps what the person typed; a form sent without JavaScript gets the message as text, and
 * the browser's Back button brings back the filled-in form.
 */
export async function writeLimitedResponse(request: Request): Promise<Response> {
	if (wantsActionJson(request)) {
		const form = await request.formData().catch(() => new FormData());
		const data = {
			values: keptValues(form, ['password']),
			errors: { form: m.error_429_title() + '\n' + m.error_429_text() }
		};
		return new Response(JSON.stringify({ type: 'failure', status: 429, data: stringify(data) }), {
			headers: { 'content-type': 'application/json' }
		});
	}
	return plainRefusal(429, m.error_429_title(), m.error_429_text());
}

/**
 * Sends a signed-out request to the login in the form its sender understands: SvelteKit's
 * page data and enhanced forms expect a redirect as JSON, a browser a 303. Answered here, not
 * thrown, so the answer passes back through the security headers like every other one.
 */
export function signInResponse(
	event: { request: Request; isDataRequest: boolean },
	location: string
): Response {
	if (event.isDataRequest) return Response.json({ type: 'redirect', location });
	if (event.request.method === 'POST' && wantsActionJson(event.request))
		return Response.json({ type: 'redirect', status: 303, location });
	return new Response(null, { status: 303, headers: { location } });
}
