import { Mutex, withTimeout, type MutexInterface } from 'async-mutex';
import type { Client, InStatement, Transaction } from '@libsql/client';

/**
 * The embedded libSQL driver is synchronous: a connection waiting for SQLite's write lock
 * blocks the whole Node event loop, so the transaction holding the lock (on another pooled
 * connection, waiting for the event loop) can never finish. Two overlapping write
 * transactions in one process would then stall for the busy timeout and fail.
 *
 * So within one process, writes take turns here: a transaction holds the turn from BEGIN to
 * COMMIT or ROLLBACK, a single write statement for its run. Reads go straight through; in
 * WAL mode they never wait for a writer. Between processes SQLite's busy timeout still rules.
 */

/** Long enough for any real transaction; reaching it means a query used `db` inside `tx`. */
const turnTimeoutMs = 15_000;

function isRead(statement: InStatement): boolean {
	const sql = typeof statement === 'string' ? statement : statement.sql;
	return /^\s*select\b/i.test(sql);
}

function releaseWith(transaction: Transaction, release: MutexInterface.Releaser): Transaction {
	let released = false;
	const releaseOnce = () => {
		if (!released) {
			released = true;
			release();
		}
	};
	return new Proxy(transaction, {
		get(target, property, receiver) {
			const value = Reflect.get(target, property, receiver);
			if (typeof value !== 'function') return value;
			if (property === 'commit' || property === 'rollback') {
				return async (...args: unknown[]) => {
					try {
						return await value.apply(target, args);
					} finally {
						releaseOnce();
					}
				};
			}
			if (property === 'close') {
				return (...args: unknown[]) => {
					try {
						return value.apply(target, args);
					} finally {
						releaseOnce();
					}
				};
			}
			return value.bind(target);
		}
	});
}

export function serialiseWrites(client: Client): Client {
	const turn = withTimeout(
		new Mutex(),
		turnTimeoutMs,
		new Error(
			'Waited too long for the database write turn. Does code inside a transaction use db instead of tx?'
		)
	);
	return new Proxy(client, {
		get(target, property, receiver) {
			const value = Reflect.get(target, property, receiver);
			if (typeof value !== 'function') return value;
			switch (property) {
				case 'execute':
					return (statement: InStatement, ...rest: unknown[]) =>
						isRead(statement)
							? value.call(target, statement, ...rest)
							: turn.runExclusive(() => value.call(target, statement, ...rest));
				case 'batch':
				case 'executeMultiple':
				case 'migrate':
					return (...args: unknown[]) => turn.runExclusive(() => value.apply(target, args));
				case 'transaction':
					return async (...args: unknown[]) => {
						const release = await turn.acquire();
						try {
							return releaseWith(await value.apply(target, args), release);
						} catch (error) {
							release();
							throw error;
						}
					};
				default:
					return value.bind(target);
			}
		}
	});
}
