import { json } from '@sveltejs/kit';
import { databaseAnswers } from '$lib/server/health';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () =>
	(await databaseAnswers())
		? json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
		: json({ status: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
