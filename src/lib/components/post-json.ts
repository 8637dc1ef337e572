/** The browser side of the passkey endpoints: JSON in, JSON out, on the same origin. */
export function postJson(url: string, body: object = {}): Promise<Response> {
	return fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: JSON.stringify(body)
	});
}

/** What an endpoint answered, or null when the answer is not JSON (a proxy's error page). */
export async function jsonAnswer<Answer>(response: Response): Promise<Answer | null> {
	return (await response.json().catch(() => null)) as Answer | null;
}
