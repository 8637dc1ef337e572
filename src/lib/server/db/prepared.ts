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

/**
 * Queries that differ by which filters a list read uses (a search, a state …), prepared once
 * per combination: the shape names the filters as flags, their values are placeholders.
 */
export function preparedQueryByShape<Shape extends object, Queries>(
	build: (db: Database, shape: Shape) => Queries
): (db: Database, shape: Shape) => Queries {
	const byShape = new Map<string, (db: Database) => Queries>();
	return (db, shape) => {
		const key = Object.entries(shape)
			.map(([flag, on]) => `${flag}=${on}`)
			.sort()
			.join(' ');
		let queries = byShape.get(key);
		if (!queries) {
			queries = preparedQuery((each) => build(each, shape));
			byShape.set(key, queries);
		}
		return queries(db);
	};
}

/** A prepared read whose one placeholder is the participant. */
interface ByParticipant<Row> {
	all(values: { participantId: string }): Promise<Row[]>;
}

/**
 * A participant's own rows and what hangs from them (answers, corrections, events): each one
 * prepared read keyed by the participant, since a list of the rows' ids cannot be a
 * placeholder. With no rows the second read is left out.
 */
export async function ownRowsWith<Row, Child, View>(
	participantId: string,
	rows: ByParticipant<Row>,
	children: ByParticipant<Child>,
	join: (rows: Row[], children: Child[]) => View[]
): Promise<View[]> {
	const found = await rows.all({ participantId });
	if (found.length === 0) return [];
	return join(found, await children.all({ participantId }));
}
