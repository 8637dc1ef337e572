import { connect } from '$lib/server/db';

/** True when the database answers a trivial query. */
export async function databaseAnswers(): Promise<boolean> {
	try {
		const { client } = await connect();
		await client.execute('SELECT 1');
		return true;
	} catch {
		return false;
	}
}
