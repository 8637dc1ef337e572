import { sql } from 'drizzle-orm';
import {
	blob,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
// Relative imports: drizzle-kit reads this file without SvelteKit's $lib alias.
import { roles, roleWordings } from '../../domain/roles';
import type { BillingKind, CapKind, LengthUnit } from '../../domain/catalogue';
import { bookingCorrections, bookingStates, staffListOrder } from '../../domain/bookings';
import { goalEventKinds, goalKinds, goalStates } from '../../domain/goals';
import { hourKinds } from '../../domain/hours';
import { nameOrderSql } from '../../domain/name-order';
import { feedbackStates, inboxStateOrder } from '../../domain/feedback';
import {
	auditActions,
	auditDocuments,
	reportListOrder,
	reportStates,
	shareableDocuments,
	type GoalAttainment
} from '../../domain/documents';
import type { IcfRating } from '../../domain/icf';

/**
 * The language a person wrote a text in: the page language at writing time ("de", "en"), so a
 * page in another language can mark it (WCAG 3.1.2). Rows from before it was kept are German.
 */
const writtenLang = () => text('lang').notNull().default('de');

/** Times are stored as UTC milliseconds; SQLite has no time type of its own. */
/**
 * A state's place in a list's order, as the CASE of a generated column: literal values, as
 * SQLite allows no parameters there. The values are the domain's own constants. States not
 * named come last, as with rankOf in db/lists.ts.
 */
function listRankOf(order: readonly string[], column = '"state"') {
	const steps = order.map((value, index) => `when '${value}' then ${index}`).join(' ');
	return sql.raw(`case ${column} ${steps} else ${order.length} end`);
}

/**
 * The participant's name as staff lists sort it (domain/name-order.ts), computed by SQLite from
 * the copied name, so an index holds the list in the order a German reader expects.
 */
const participantNameOrder = () =>
	text('participant_name_order').generatedAlwaysAs(sql.raw(nameOrderSql('"participant_name"')), {
		mode: 'virtual'
	});

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

export const provider = sqliteTable('provider', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	/** Who to call, printed on login letters. */
	phone: text('phone'),
	createdAt: createdAt()
});

export const place = sqliteTable('place', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	providerId: text('provider_id')
		.notNull()
		.references(() => provider.id),
	name: text('name').notNull(),
	town: text('town').notNull()
});

export const user = sqliteTable(
	'user',
	{
		id: text('id').primaryKey(),
		/** Stored in lower case; sign-in compares lower case too. */
		username: text('username').notNull().unique(),
		displayName: text('display_name').notNull(),
		role: text('role', { enum: roles }).notNull(),
		/** Set for trainers and leads: the provider they work for. */
		providerId: text('provider_id').references(() => provider.id),
		passwordHash: text('password_hash').notNull(),
		locale: text('locale'),
		/** How the role is said with the person's name (see `roleWordings`). */
		roleWording: text('role_wording', { enum: roleWordings }).notNull().default('neutral'),
		/**
		 * Set while the account is closed: nobody signs in with it, and everything written about
		 * the person stays. Reopening clears it.
		 */
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		closedBy: text('closed_by'),
		createdAt: createdAt()
	},
	(table) => [index('user_provider_idx').on(table.providerId)]
);

/**
 * What a lead records about a participant when making the account. Kept apart from `user`, so
 * trusted persons and guardians (DESIGN.md, later) can be accounts of their own that point at
 * the participant from a table of their own, without changing this one.
 */
export const participantProfile = sqliteTable(
	'participant_profile',
	{
		userId: text('user_id')
			.primaryKey()
			.references(() => user.id),
		/** The provider whose lead made the account: its leads look after the account. */
		providerId: text('provider_id')
			.notNull()
			.references(() => provider.id),
		email: text('email'),
		phone: text('phone'),
		easyLanguage: integer('easy_language', { mode: 'boolean' }).notNull().default(false),
		largePrint: integer('large_print', { mode: 'boolean' }).notNull().default(false),
		readAloud: integer('read_aloud', { mode: 'boolean' }).notNull().default(false),
		/** Letters and calls go through a trusted person rather than to the participant. */
		viaTrustedPerson: integer('via_trusted_person', { mode: 'boolean' }).notNull().default(false),
		createdBy: text('created_by').references(() => user.id),
		createdAt: createdAt()
	},
	(table) => [index('participant_profile_provider_idx').on(table.providerId)]
);

/**
 * A login letter's one-time link. Only the SHA-256 of the token is kept; the token exists only
 * in the printed letter. A new letter ends every earlier one of the account.
 */
export const loginLetter = sqliteTable(
	'login_letter',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id),
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		/** Set when a newer letter, closing the account, or using it ended the letter. */
		endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
		createdBy: text('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt()
	},
	(table) => [index('login_letter_user_idx').on(table.userId, table.createdAt)]
);

export const session = sqliteTable(
	'session',
	{
		/** SHA-256 of the token in the cookie, hex. The token itself is never stored. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** The idle limit: moved forward while the session is used. */
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		/**
		 * The absolute limit: never moved. Sessions from before this column have 0, so they
		 * end and their people sign in again.
		 */
		absoluteExpiresAt: integer('absolute_expires_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`0`),
		/** Updated at most once a minute, so a page view is not always a write. */
		lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`0`),
		/** The browser's User-Agent when the session began, cut to 256 characters: names the device in the list. */
		userAgent: text('user_agent').notNull().default(''),
		/**
		 * When the person proved who they are (password, passkey, letter). A session that
		 * replaces another without a new proof keeps it, so "signed in a moment ago" (changing the
		 * password without the old one) cannot be won by rotating. Older rows have 0: not fresh.
		 */
		signedInAt: integer('signed_in_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`0`),
		createdAt: createdAt()
	},
	(table) => [index('session_user_idx').on(table.userId)]
);

/** A passkey (WebAuthn credential) a person added in /settings/security; signs them in without a password. */
export const passkey = sqliteTable(
	'passkey',
	{
		/** The credential ID as the authenticator made it, base64url. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** The COSE public key; the private key never leaves the person's device. */
		publicKey: blob('public_key', { mode: 'buffer' }).notNull(),
		/** The signature counter; most passkeys that sync keep it at 0. */
		counter: integer('counter').notNull().default(0),
		/** How the browser reaches the authenticator ("internal", "hybrid", "usb" …), JSON. */
		transports: text('transports', { mode: 'json' }).$type<string[]>().notNull(),
		/** True when the passkey is synced (a password manager, iCloud, Google). */
		backedUp: integer('backed_up', { mode: 'boolean' }).notNull(),
		/** The person's own name for it ("Mein Handy"). */
		name: text('name').notNull(),
		lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(table) => [index('passkey_user_idx').on(table.userId)]
);

/**
 * A WebAuthn challenge handed to a browser: kept in the database, not in one process's memory,
 * so any app instance can check the answer. Used once, for a few minutes.
 */
export const webauthnChallenge = sqliteTable(
	'webauthn_challenge',
	{
		/** The random challenge itself, base64url, as it comes back in the signed client data. */
		challenge: text('challenge').primaryKey(),
		purpose: text('purpose', { enum: ['register', 'sign-in'] }).notNull(),
		/** For adding a passkey: whose it will be. Null for signing in, where nobody is known yet. */
		userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
		/** For signing in: the address that asked, so one address cannot fill the table. */
		ip: text('ip'),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('webauthn_challenge_expires_idx').on(table.expiresAt),
		index('webauthn_challenge_ip_idx').on(table.ip, table.expiresAt)
	]
);

/**
 * A browser that signed in to this account before (OWASP's device cookie): failures from other
 * browsers cannot lock it out. Only the SHA-256 of the cookie's token is kept.
 */
export const trustedDevice = sqliteTable(
	'trusted_device',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(table) => [index('trusted_device_user_idx').on(table.userId)]
);

export const loginAttempt = sqliteTable(
	'login_attempt',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** The name as typed (lower case), so unknown names are limited like real ones. */
		username: text('username').notNull(),
		ip: text('ip').notNull(),
		/** Set when the attempt came with a trusted device cookie: it counts only against that device. */
		deviceId: text('device_id'),
		attemptedAt: integer('attempted_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('login_attempt_username_idx').on(table.username, table.attemptedAt),
		index('login_attempt_ip_idx').on(table.ip, table.attemptedAt),
		index('login_attempt_device_idx').on(table.deviceId, table.attemptedAt)
	]
);

/** One row per form post of a signed-in person, for the write limit; old rows are removed. */
export const writeAttempt = sqliteTable(
	'write_attempt',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('write_attempt_user_idx').on(table.userId, table.at)]
);

export const offer = sqliteTable('offer', {
	code: text('code').primaryKey(),
	billing: text('billing').$type<BillingKind>().notNull()
});

export const module = sqliteTable(
	'module',
	{
		/** Module codes are unique across all offers, so other tables reference them directly. */
		code: text('code').primaryKey(),
		offerCode: text('offer_code')
			.notNull()
			.references(() => offer.code),
		position: integer('position').notNull(),
		lengthMin: integer('length_min'),
		lengthMax: integer('length_max'),
		lengthUnit: text('length_unit').$type<LengthUnit>(),
		capKind: text('cap_kind').$type<CapKind>().notNull(),
		/** Whole minutes, as all durations; null when the module has no cap in the portal. */
		capMinutes: integer('cap_minutes'),
		mandatory: integer('mandatory', { mode: 'boolean' }).notNull(),
		bookable: integer('bookable', { mode: 'boolean' }).notNull()
	},
	(table) => [index('module_offer_idx').on(table.offerCode, table.position)]
);

export const booking = sqliteTable(
	'booking',
	{
		id: text('id').primaryKey(),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		moduleCode: text('module_code')
			.notNull()
			.references(() => module.code),
		state: text('state', { enum: bookingStates }).notNull(),
		/** The provider the participant would like; null means "no wish". */
		wishedProviderId: text('wished_provider_id').references(() => provider.id),
		/** First month the participant would like to start, "2027-03". */
		wishedStartMonth: text('wished_start_month'),
		message: text('message'),
		/** Set when a lead confirms: the provider the agreement is made with. */
		providerId: text('provider_id').references(() => provider.id),
		trainerId: text('trainer_id').references(() => user.id),
		/** Calendar dates "2027-03-01"; set when confirmed. */
		plannedStart: text('planned_start'),
		plannedEnd: text('planned_end'),
		declineReason: text('decline_reason'),
		/** The form submission that made this booking; a repeated submission finds it again. */
		requestKey: text('request_key').notNull(),
		/** Bumped on every change, so two people acting on the same version cannot both win. */
		version: integer('version').notNull().default(1),
		/** Staff changed something the participant has not looked at yet ("Neu"). */
		unseenByParticipant: integer('unseen_by_participant', { mode: 'boolean' })
			.notNull()
			.default(false),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		/**
		 * The staff list's order (staffListOrder) as a number, computed by SQLite from the
		 * state, so an index can hold the list in order. Changing staffListOrder needs a new
		 * migration (staff-list.spec.ts fails until then); a table rebuild must recreate 0013's triggers.
		 */
		listRank: integer('list_rank').generatedAlwaysAs(listRankOf(staffListOrder), {
			mode: 'virtual'
		}),
		/**
		 * A copy of the participant's display name, so the staff list's order is in one index.
		 * Triggers of migration 0013 set it on insert and follow every rename of the user.
		 */
		participantName: text('participant_name').notNull().default(''),
		participantNameOrder: participantNameOrder()
	},
	(table) => [
		index('booking_participant_idx').on(table.participantId),
		// The staff booking list, one page read in order: by provider (a lead) and by trainer;
		// the state last, so its filter and the list's count need not read the table.
		index('booking_provider_list_idx').on(
			table.providerId,
			table.listRank,
			table.participantNameOrder,
			table.participantName,
			table.plannedStart,
			table.id,
			table.state
		),
		index('booking_trainer_list_idx').on(
			table.trainerId,
			table.listRank,
			table.participantNameOrder,
			table.participantName,
			table.plannedStart,
			table.id,
			table.state
		),
		index('booking_provider_idx').on(table.providerId, table.state),
		index('booking_state_idx').on(table.state, table.wishedProviderId),
		index('booking_trainer_idx').on(table.trainerId),
		uniqueIndex('booking_request_key_idx').on(
			table.participantId,
			table.requestKey,
			table.moduleCode
		)
	]
);

/** Every change of a booking's state: who, when, from, to and why. Never updated or deleted. */
export const bookingEvent = sqliteTable(
	'booking_event',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		bookingId: text('booking_id')
			.notNull()
			.references(() => booking.id),
		actorId: text('actor_id')
			.notNull()
			.references(() => user.id),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		fromState: text('from_state', { enum: bookingStates }),
		toState: text('to_state', { enum: bookingStates }).notNull(),
		reason: text('reason'),
		/**
		 * Set when staff corrected the confirmed dates or the trainer: the state stays
		 * (from = to), and the columns below keep what it was and what it became.
		 */
		correction: text('correction', { enum: bookingCorrections }),
		fromStart: text('from_start'),
		toStart: text('to_start'),
		fromEnd: text('from_end'),
		toEnd: text('to_end'),
		fromTrainerId: text('from_trainer_id').references(() => user.id),
		toTrainerId: text('to_trainer_id').references(() => user.id)
	},
	(table) => [index('booking_event_booking_idx').on(table.bookingId, table.at)]
);

/** A goal agreed for a booking (trainer and participant together) or the participant's own. */
export const goal = sqliteTable(
	'goal',
	{
		id: text('id').primaryKey(),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		/** Set for agreed goals; personal goals belong to the person, not to a module. */
		bookingId: text('booking_id').references(() => booking.id),
		kind: text('kind', { enum: goalKinds }).notNull(),
		text: text('text').notNull(),
		lang: writtenLang(),
		state: text('state', { enum: goalStates }).notNull(),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('goal_participant_idx').on(table.participantId),
		index('goal_booking_idx').on(table.bookingId)
	]
);

/** Every change and every word about a goal, with who and when. Never updated or deleted. */
export const goalEvent = sqliteTable(
	'goal_event',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		goalId: text('goal_id')
			.notNull()
			.references(() => goal.id),
		actorId: text('actor_id')
			.notNull()
			.references(() => user.id),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		kind: text('kind', { enum: goalEventKinds }).notNull(),
		fromState: text('from_state', { enum: goalStates }),
		toState: text('to_state', { enum: goalStates }),
		/** The new text, the progress note or the participant's view. */
		text: text('text'),
		/** Why staff corrected the goal's words. */
		reason: text('reason'),
		lang: writtenLang()
	},
	(table) => [index('goal_event_goal_idx').on(table.goalId, table.at)]
);

/**
 * Fachleistungsstunden on a booking. A correction or cancellation is a new row pointing at
 * the row it replaces; the rows nobody replaced, less cancellations, are what counts.
 */
export const hourEntry = sqliteTable(
	'hour_entry',
	{
		id: text('id').primaryKey(),
		bookingId: text('booking_id')
			.notNull()
			.references(() => booking.id),
		/** The calendar day of the work, "2027-03-12". */
		date: text('date').notNull(),
		minutes: integer('minutes').notNull(),
		kind: text('kind', { enum: hourKinds }).notNull(),
		note: text('note'),
		/** The language of the note and the reason. */
		lang: writtenLang(),
		authorId: text('author_id')
			.notNull()
			.references(() => user.id),
		replacesId: text('replaces_id'),
		isCancellation: integer('is_cancellation', { mode: 'boolean' }).notNull().default(false),
		/** Why an entry was corrected or cancelled. */
		reason: text('reason'),
		/** The form submission that made this row; a repeated submission finds it again. */
		requestKey: text('request_key').notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('hour_entry_booking_idx').on(table.bookingId, table.date),
		uniqueIndex('hour_entry_request_key_idx').on(table.bookingId, table.requestKey),
		uniqueIndex('hour_entry_replaces_idx').on(table.replacesId)
	]
);

/**
 * The live minutes of one booking in one month, so billing reads one row per booking instead
 * of summing a month of entries on every request. Kept by a trigger on hour_entry (migration
 * 0015): hour entries are only ever added (corrections and cancellations are new rows), so
 * adding an entry is the only change. hours/month-totals.spec.ts holds it to the live sums.
 */
export const hourMonthTotal = sqliteTable(
	'hour_month_total',
	{
		bookingId: text('booking_id')
			.notNull()
			.references(() => booking.id),
		/** The calendar month, "2027-03". */
		month: text('month').notNull(),
		minutes: integer('minutes').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.bookingId, table.month] }),
		index('hour_month_total_month_idx').on(table.month, table.bookingId, table.minutes)
	]
);

/**
 * A line of a provider's monthly billing: the live minutes of one participant's module in one
 * month (the sum of hour_month_total over the person's bookings of it), with a copy of the
 * name, so the billing page reads its rows in order from one index. Kept by triggers of
 * migration 0017 on hour_month_total, booking and user; a line whose entries were all
 * cancelled keeps 0 minutes and is not billed. hours/month-totals.spec.ts holds it to the
 * entries.
 */
export const billingLine = sqliteTable(
	'billing_line',
	{
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		providerId: text('provider_id')
			.notNull()
			.references(() => provider.id),
		/** The calendar month, "2027-03". */
		month: text('month').notNull(),
		moduleCode: text('module_code')
			.notNull()
			.references(() => module.code),
		participantName: text('participant_name').notNull(),
		participantNameOrder: participantNameOrder(),
		minutes: integer('minutes').notNull()
	},
	(table) => [
		primaryKey({
			columns: [table.participantId, table.providerId, table.month, table.moduleCode]
		}),
		// The billing page's order; the minutes in it, so count and sum read no table rows.
		index('billing_line_page_idx').on(
			table.providerId,
			table.month,
			table.participantNameOrder,
			table.participantName,
			table.moduleCode,
			table.participantId,
			table.minutes
		)
	]
);

/** A reflection talk (concept 3.3): when it was held, and when the next one is planned. */
export const reflectionTalk = sqliteTable(
	'reflection_talk',
	{
		id: text('id').primaryKey(),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		bookingId: text('booking_id')
			.notNull()
			.references(() => booking.id),
		heldOn: text('held_on').notNull(),
		nextOn: text('next_on'),
		/** What the talk was about, in a few words. */
		summary: text('summary'),
		recordedBy: text('recorded_by')
			.notNull()
			.references(() => user.id),
		/** Bumped on every correction, so two corrections at once cannot both win. */
		version: integer('version').notNull().default(1),
		createdAt: createdAt()
	},
	(table) => [index('reflection_talk_participant_idx').on(table.participantId, table.heldOn)]
);

/**
 * A correction of a reflection talk: who, when, why, and each value before and after. The talk
 * row holds the current version; these rows keep every earlier one readable. Never updated.
 */
export const reflectionTalkChange = sqliteTable(
	'reflection_talk_change',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		talkId: text('talk_id')
			.notNull()
			.references(() => reflectionTalk.id),
		actorId: text('actor_id')
			.notNull()
			.references(() => user.id),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		reason: text('reason').notNull(),
		fromHeldOn: text('from_held_on').notNull(),
		toHeldOn: text('to_held_on').notNull(),
		fromNextOn: text('from_next_on'),
		toNextOn: text('to_next_on'),
		fromSummary: text('from_summary'),
		toSummary: text('to_summary')
	},
	(table) => [index('reflection_talk_change_talk_idx').on(table.talkId, table.at)]
);

/** What a participant says about how it goes; every piece gets an answer they can read. */
export const feedback = sqliteTable(
	'feedback',
	{
		id: text('id').primaryKey(),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		/** The provider whose staff read and answer it. */
		providerId: text('provider_id').references(() => provider.id),
		bookingId: text('booking_id').references(() => booking.id),
		talkId: text('talk_id').references(() => reflectionTalk.id),
		rating: integer('rating'),
		good: text('good').notNull().default(''),
		bad: text('bad').notNull().default(''),
		wish: text('wish').notNull().default(''),
		lang: writtenLang(),
		state: text('state', { enum: feedbackStates }).notNull(),
		/** When "erledigt": what changed because of it. */
		changeNote: text('change_note'),
		version: integer('version').notNull().default(1),
		requestKey: text('request_key').notNull(),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		/** The inbox's order (inboxStateOrder) as a number, computed by SQLite from the state. */
		listRank: integer('list_rank').generatedAlwaysAs(listRankOf(inboxStateOrder), {
			mode: 'virtual'
		})
	},
	(table) => [
		index('feedback_participant_idx').on(table.participantId, table.createdAt),
		// The inbox, one page read in order.
		index('feedback_inbox_idx').on(table.providerId, table.listRank, table.createdAt, table.id),
		uniqueIndex('feedback_request_key_idx').on(table.participantId, table.requestKey),
		index('feedback_provider_idx').on(table.providerId, table.state)
	]
);

/** An answer to a piece of feedback, and whether the participant has read it. */
export const feedbackReply = sqliteTable(
	'feedback_reply',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		feedbackId: text('feedback_id')
			.notNull()
			.references(() => feedback.id),
		authorId: text('author_id')
			.notNull()
			.references(() => user.id),
		text: text('text').notNull(),
		lang: writtenLang(),
		/** Set for the reply that marked the feedback "erledigt". */
		closes: integer('closes', { mode: 'boolean' }).notNull().default(false),
		readByParticipantAt: integer('read_by_participant_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(table) => [index('feedback_reply_feedback_idx').on(table.feedbackId, table.createdAt)]
);

/**
 * Progress notes (Verlaufsdokumentation). A correction is a new row pointing at the row it
 * replaces, so the earlier words stay readable as history.
 */
export const progressNote = sqliteTable(
	'progress_note',
	{
		id: text('id').primaryKey(),
		bookingId: text('booking_id')
			.notNull()
			.references(() => booking.id),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		/** The day the note is about, "2027-03-12". */
		date: text('date').notNull(),
		text: text('text').notNull(),
		lang: writtenLang(),
		authorId: text('author_id')
			.notNull()
			.references(() => user.id),
		replacesId: text('replaces_id'),
		/** Why the note was corrected. */
		reason: text('reason'),
		requestKey: text('request_key').notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('progress_note_booking_idx').on(table.bookingId, table.date),
		uniqueIndex('progress_note_request_key_idx').on(table.participantId, table.requestKey),
		index('progress_note_participant_idx').on(table.participantId, table.date),
		uniqueIndex('progress_note_replaces_idx').on(table.replacesId)
	]
);

/**
 * The final report (Abschlussbericht) in ICF format, one row per version. A final version is
 * never changed; a correction starts the next version as a draft.
 */
export const finalReport = sqliteTable(
	'final_report',
	{
		id: text('id').primaryKey(),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		providerId: text('provider_id')
			.notNull()
			.references(() => provider.id),
		/** 1, 2, 3 … per participant and provider. */
		version: integer('version').notNull(),
		state: text('state', { enum: reportStates }).notNull(),
		startingSituation: text('starting_situation').notNull().default(''),
		course: text('course').notNull().default(''),
		goals: text('goals', { mode: 'json' }).$type<GoalAttainment[]>().notNull(),
		icf: text('icf', { mode: 'json' }).$type<IcfRating[]>().notNull(),
		recommendation: text('recommendation').notNull().default(''),
		participantComment: text('participant_comment'),
		participantCommentAt: integer('participant_comment_at', { mode: 'timestamp_ms' }),
		createdBy: text('created_by')
			.notNull()
			.references(() => user.id),
		updatedBy: text('updated_by')
			.notNull()
			.references(() => user.id),
		finalisedBy: text('finalised_by').references(() => user.id),
		finalisedAt: integer('finalised_at', { mode: 'timestamp_ms' }),
		/** Bumped on every save, so two people editing one draft cannot overwrite each other. */
		revision: integer('revision').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		uniqueIndex('final_report_version_idx').on(table.participantId, table.providerId, table.version)
	]
);

/**
 * The staff report list of a provider (reportOverview): one row per participant with an
 * agreed booking with the provider, with a copy of their name and the provider's newest
 * report version, so one index holds the list in order. Kept by triggers of migration 0017 on
 * booking, final_report and user; documents/report-list.spec.ts holds it to those tables.
 */
export const reportListEntry = sqliteTable(
	'report_list_entry',
	{
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		providerId: text('provider_id')
			.notNull()
			.references(() => provider.id),
		participantName: text('participant_name').notNull(),
		participantNameOrder: participantNameOrder(),
		latestVersion: integer('latest_version'),
		latestState: text('latest_state', { enum: reportStates }),
		/** reportListOrder as a number ("none" without a report); a change needs a migration. */
		listRank: integer('list_rank').generatedAlwaysAs(
			listRankOf(reportListOrder, `coalesce("latest_state", 'none')`),
			{ mode: 'virtual' }
		)
	},
	(table) => [
		primaryKey({ columns: [table.participantId, table.providerId] }),
		index('report_list_entry_list_idx').on(
			table.providerId,
			table.listRank,
			table.participantNameOrder,
			table.participantName,
			table.participantId,
			table.latestVersion,
			table.latestState
		)
	]
);

/** A link the participant gives the funder for one document. Only the token's hash is kept. */
export const shareLink = sqliteTable(
	'share_link',
	{
		id: text('id').primaryKey(),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		document: text('document', { enum: shareableDocuments }).notNull(),
		/** For a report: the final version the link shows. */
		reportId: text('report_id').references(() => finalReport.id),
		/** The participant's own words for whom the link is, so the list stays clear. */
		label: text('label').notNull().default(''),
		/** SHA-256 of the token in the link, hex. */
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
		openCount: integer('open_count').notNull().default(0),
		lastOpenedAt: integer('last_opened_at', { mode: 'timestamp_ms' }),
		requestKey: text('request_key').notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('share_link_participant_idx').on(table.participantId, table.createdAt),
		uniqueIndex('share_link_request_key_idx').on(table.participantId, table.requestKey)
	]
);

/** Who opened or downloaded a participant's documentation; the participant reads it as their access log. */
export const auditEvent = sqliteTable(
	'audit_event',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		participantId: text('participant_id')
			.notNull()
			.references(() => user.id),
		/** Null when someone opened a share link: the funder has no account. */
		actorId: text('actor_id').references(() => user.id),
		shareLinkId: text('share_link_id').references(() => shareLink.id),
		action: text('action', { enum: auditActions }).notNull(),
		document: text('document', { enum: auditDocuments }).notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('audit_event_participant_idx').on(table.participantId, table.at)]
);

export type Provider = typeof provider.$inferSelect;
export type Place = typeof place.$inferSelect;
export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
export type ParticipantProfile = typeof participantProfile.$inferSelect;
export type LoginLetter = typeof loginLetter.$inferSelect;
export type TrustedDevice = typeof trustedDevice.$inferSelect;
export type ModuleRow = typeof module.$inferSelect;
export type Booking = typeof booking.$inferSelect;
export type BookingEvent = typeof bookingEvent.$inferSelect;
export type Goal = typeof goal.$inferSelect;
export type HourEntry = typeof hourEntry.$inferSelect;
export type ProgressNote = typeof progressNote.$inferSelect;
export type FinalReport = typeof finalReport.$inferSelect;
export type ShareLink = typeof shareLink.$inferSelect;
