import type { Database } from './client';

/**
 * A query that every request runs, built into SQL once per database instead of on each call
 * (Drizzle's `.prepare()` with `sql.placeholder`). Building SQL was the biggest single cost
 * of a page after rendering. Tests open a new database now and then, hence one per database.
 */
export function preparedQuery<Query>(build: (db: Database) => Query): (db: Database) => Query {
	const built = new WeakMap<Database, Query>();
	return (db) => {
		let query = built.get(db);
		if (query === undefined) {
			query = build(db);
			built.set(db, query);
		}
		return query;
	};
}
