import Database from 'libsql';
import type { Client, InStatement, InValue, ResultSet, Row } from '@libsql/client';

/**
 * The embedded libSQL client prepares every statement anew on each call and reads its
 * columns twice; on a busy page that was a tenth of the server's time. Reads outside a
 * transaction come here instead: one more connection to the same file keeps each SELECT
 * prepared for the life of the process (SQLite prepares it again by itself if the schema
 * changes). In WAL mode a read sees every committed write, as on the client's own pool.
 *
 * The answer has the client's shape: rows read by index and by column name, names
 * enumerable and indices not, integers as numbers (a RangeError past 2^53), blobs as
 * ArrayBuffers. Anything unusual (an error, a statement that returns no rows) goes to the
 * client, which answers and reports errors as it always did.
 */

/** How many statements are kept; the app has a few hundred, generated SQL could have more. */
const cacheLimit = 1000;

const values = Symbol('values');

interface Prepared {
	statement: Database.Statement;
	columns: string[];
	columnTypes: string[];
	/** Rows of this statement: indices and `length` read the values, names are own fields. */
	rowPrototype: object;
	/** Each name once, with the first column that has it (as the client does). */
	names: [string, number][];
}

function isRead(sql: string): boolean {
	return /^\s*select\b/i.test(sql);
}

function changesSchema(sql: string): boolean {
	return /^\s*(create|alter|drop)\b/i.test(sql);
}

const minSafe = BigInt(Number.MIN_SAFE_INTEGER);
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

function fromSql(value: unknown): InValue {
	if (typeof value === 'bigint') {
		if (value < minSafe || value > maxSafe)
			throw new RangeError(
				'Received integer which cannot be safely represented as a JavaScript number'
			);
		return Number(value);
	}
	if (value instanceof Buffer) return value.buffer as ArrayBuffer;
	return value as InValue;
}

const minInteger = -9223372036854775808n;
const maxInteger = 9223372036854775807n;

function toSql(value: InValue | undefined): unknown {
	if (typeof value === 'number') {
		if (!Number.isFinite(value))
			throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments');
		return value;
	}
	if (typeof value === 'bigint') {
		if (value < minInteger || value > maxInteger)
			throw new RangeError(
				'bigint is too large to be represented as a 64-bit integer and passed as argument'
			);
		return value;
	}
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (value instanceof ArrayBuffer) return Buffer.from(value);
	if (value instanceof Date) return value.valueOf();
	if (value === undefined) throw new TypeError('undefined cannot be passed as argument');
	return value;
}

function rowPrototypeFor(count: number): object {
	const prototype = {};
	Object.defineProperty(prototype, 'length', { value: count });
	for (let index = 0; index < count; index++) {
		Object.defineProperty(prototype, index, {
			get(this: { [values]: InValue[] }) {
				return this[values][index];
			}
		});
	}
	return prototype;
}

export function cachedReads(client: Client, path: string, options: { timeout: number }): Client {
	let connection: Database.Database | null = null;
	const prepared = new Map<string, Prepared | null>();

	function prepare(sql: string): Prepared | null {
		const known = prepared.get(sql);
		if (known !== undefined) return known;
		connection ??= new Database(path, { timeout: options.timeout });
		const statement = connection.prepare(sql);
		let entry: Prepared | null;
		try {
			statement.raw(true);
			statement.safeIntegers(true);
			const described = statement.columns();
			const columns = described.map((column) => column.name);
			const columnTypes = described.map((column) => column.type ?? '');
			const names: [string, number][] = [];
			const seen = new Set<string>();
			columns.forEach((name, index) => {
				if (!seen.has(name)) names.push([name, index]);
				seen.add(name);
			});
			entry = {
				statement,
				columns,
				columnTypes,
				rowPrototype: rowPrototypeFor(columns.length),
				names
			};
		} catch {
			// raw() refuses statements that return no rows: those stay with the client.
			entry = null;
		}
		if (prepared.size >= cacheLimit) prepared.clear();
		prepared.set(sql, entry);
		return entry;
	}

	function read(statement: InStatement, args: unknown): ResultSet | null {
		const sql = typeof statement === 'string' ? statement : statement.sql;
		const given = typeof statement === 'string' ? args : statement.args;
		// Named arguments are rare here (Drizzle binds by position): the client handles them.
		if (given !== undefined && !Array.isArray(given)) return null;
		const entry = prepare(sql);
		if (!entry) return null;
		const bound = ((given as InValue[] | undefined) ?? []).map(toSql);
		const raw = entry.statement.all(bound) as unknown as unknown[][];
		// Another connection changed the schema since this was prepared (SQLite prepared it
		// again on its own): the client describes the new columns.
		if (raw[0] && raw[0].length !== entry.columns.length) {
			prepared.delete(sql);
			return null;
		}
		const converted = raw.map((cells) => cells.map(fromSql));
		const rows: Row[] = converted.map((cells) => {
			const row = Object.create(entry.rowPrototype) as Record<string | symbol, unknown>;
			row[values] = cells;
			for (const [name, index] of entry.names) row[name] = cells[index];
			return row as unknown as Row;
		});
		return {
			columns: entry.columns,
			columnTypes: entry.columnTypes,
			rows,
			rowsAffected: 0,
			lastInsertRowid: undefined,
			toJSON() {
				return { columns: entry.columns, rows: converted, rowsAffected: 0, lastInsertRowid: null };
			}
		};
	}

	return new Proxy(client, {
		get(target, property, receiver) {
			const value = Reflect.get(target, property, receiver);
			if (property === 'execute') {
				return async (statement: InStatement, args?: unknown) => {
					const sql = typeof statement === 'string' ? statement : statement.sql;
					if (changesSchema(sql)) prepared.clear();
					if (isRead(sql)) {
						// SQLite answers synchronously: without a turn of the event loop here, a
						// page ran from its first query to its last without letting another
						// request in, and under load one turn of the loop held dozens of pages.
						await new Promise<void>((resolve) => setImmediate(resolve));
						let answer: ResultSet | null;
						try {
							answer = read(statement, args);
						} catch {
							// The client runs it again and reports the error in its own words.
							answer = null;
						}
						if (answer) return answer;
					}
					return value.call(target, statement, args);
				};
			}
			if (property === 'migrate' || property === 'executeMultiple' || property === 'batch') {
				return (...args: unknown[]) => {
					prepared.clear();
					return value.apply(target, args);
				};
			}
			if (property === 'close') {
				return () => {
					connection?.close();
					connection = null;
					prepared.clear();
					return value.call(target);
				};
			}
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}
