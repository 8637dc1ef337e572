import { asc, eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import { displayNameOrder } from '$lib/server/db/lists';
import type { Role, RoleWording } from '$lib/domain/roles';
import { requireRole, type Actor } from '../access';
import { hashPassword } from '../auth/password';
import { normaliseUsername } from '../auth/rate-limit';
import { sessionUserColumns } from '../auth/session';
import type { Executor } from '../db/client';

export interface NewUser {
	username: string;
	displayName: string;
	role: Role;
	providerId: string | null;
	password: string;
	locale?: string | null;
	roleWording?: RoleWording;
}

/** Creates an account with an Argon2id password hash; returns the new id. */
export async function insertUser(db: Executor, input: NewUser): Promise<string> {
	const { password, ...account } = input;
	return insertUserRow(db, { ...account, passwordHash: await hashPassword(password) });
}

/**
 * Writes the user row of a new account, the one place that stores a user name (normalised);
 * `passwordHash` is a real hash or, for accounts that start with a login letter, an unusable one.
 */
export async function insertUserRow(
	db: Executor,
	input: Omit<NewUser, 'password'> & { passwordHash: string }
): Promise<string> {
	const id = crypto.randomUUID();
	await db.insert(user).values({
		id,
		username: normaliseUsername(input.username),
		displayName: input.displayName,
		role: input.role,
		providerId: input.providerId,
		passwordHash: input.passwordHash,
		locale: input.locale ?? null,
		roleWording: input.roleWording ?? 'neutral'
	});
	return id;
}

/** The acting user as a session would give it, for work done outside a request (demo data). */
export async function actorFor(userId: string): Promise<Actor> {
	const db = await getDb();
	const [row] = await db.select(sessionUserColumns).from(user).where(eq(user.id, userId));
	if (!row) throw new Error(`No user ${userId}`);
	return row;
}

export interface TeamMember {
	id: string;
	displayName: string;
	role: Role;
	roleWording: RoleWording;
}

/** The staff of the actor's own provider. */
export async function listOwnTeam(actor: Actor): Promise<TeamMember[]> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	if (!staff.providerId) return [];
	const db = await getDb();
	return db
		.select({
			id: user.id,
			displayName: user.displayName,
			role: user.role,
			roleWording: user.roleWording
		})
		.from(user)
		.where(eq(user.providerId, staff.providerId))
		.orderBy(displayNameOrder, asc(user.displayName));
}

/** Remembers the language a person chose, so it follows them to other devices. */
/** The language saved with an account (null when the person never chose one). */
export async function savedLocaleOf(userId: string): Promise<string | null> {
	const db = await getDb();
	const [row] = await db.select({ locale: user.locale }).from(user).where(eq(user.id, userId));
	return row?.locale ?? null;
}

export async function saveOwnLocale(actor: Actor, locale: string): Promise<void> {
	const db = await getDb();
	await db.update(user).set({ locale }).where(eq(user.id, actor.id));
}
