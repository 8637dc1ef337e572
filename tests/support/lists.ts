import { hash } from '@node-rs/argon2';
import { testDatabase } from './database';

/**
 * A provider of its own with more than one page of bookings, for the list journeys
 * (tests/lists.spec.ts): written straight into the test database, because making 55 bookings
 * through the forms would take minutes. Nothing else in the suite sees this provider.
 *
 * The lead made all 55 participant accounts (user names p0-… to p54-…).
 * p000 … p051 have a confirmed Einstiegsphase with the first trainer, p052 … p054 a running one
 * with the second; each has one open piece of feedback about that booking.
 */
export interface ListRegion {
	lead: { username: string; password: string; name: string };
	trainers: { id: string; name: string }[];
	participants: string[];
}

export async function makeListRegion(tag: string): Promise<ListRegion> {
	const suffix = `${tag}-${crypto.randomUUID().slice(0, 6)}`;
	const providerId = `lists-${suffix}`;
	const password = `lead-${suffix}-test`;
	const passwordHash = await hash(password);
	// Many rows in one go: a longer wait for the servers' locks than a single update needs.
	const client = testDatabase(15_000);
	const now = Date.now();
	const lead = { id: crypto.randomUUID(), username: `lead-${suffix}`, name: `Leitung ${suffix}` };
	const trainers = [1, 2].map((n) => ({ id: crypto.randomUUID(), name: `Trainer ${n} ${suffix}` }));
	const participants = Array.from({ length: 55 }, (_, index) => ({
		id: crypto.randomUUID(),
		name: `p${String(index).padStart(3, '0')} ${suffix}`
	}));
	try {
		const statements = [
			{ sql: 'INSERT INTO provider (id, name) VALUES (?, ?)', args: [providerId, providerId] },
			{
				sql: "INSERT INTO user (id, username, display_name, role, provider_id, password_hash) VALUES (?, ?, ?, 'lead', ?, ?)",
				args: [lead.id, lead.username, lead.name, providerId, passwordHash]
			},
			...trainers.map((trainer, n) => ({
				sql: "INSERT INTO user (id, username, display_name, role, provider_id, password_hash) VALUES (?, ?, ?, 'trainer', ?, ?)",
				args: [trainer.id, `trainer-${n}-${suffix}`, trainer.name, providerId, passwordHash]
			})),
			...participants.flatMap((participant, index) => {
				const bookingId = crypto.randomUUID();
				const running = index >= 52;
				return [
					{
						sql: "INSERT INTO user (id, username, display_name, role, password_hash) VALUES (?, ?, ?, 'participant', ?)",
						args: [participant.id, `p${index}-${suffix}`, participant.name, passwordHash]
					},
					{
						sql: 'INSERT INTO participant_profile (user_id, provider_id, created_by) VALUES (?, ?, ?)',
						args: [participant.id, providerId, lead.id]
					},
					{
						sql: "INSERT INTO booking (id, participant_id, module_code, state, wished_provider_id, provider_id, trainer_id, planned_start, planned_end, request_key, created_at, updated_at) VALUES (?, ?, 'entry', ?, ?, ?, ?, '2027-01-04', '2027-01-31', ?, ?, ?)",
						args: [
							bookingId,
							participant.id,
							running ? 'running' : 'confirmed',
							providerId,
							providerId,
							trainers[running ? 1 : 0]!.id,
							crypto.randomUUID(),
							now - (55 - index) * 60_000,
							now
						]
					},
					{
						sql: "INSERT INTO feedback (id, participant_id, provider_id, booking_id, rating, good, state, request_key, created_at, updated_at) VALUES (?, ?, ?, ?, 4, 'Gut', 'open', ?, ?, ?)",
						args: [
							crypto.randomUUID(),
							participant.id,
							providerId,
							bookingId,
							crypto.randomUUID(),
							now - (55 - index) * 60_000,
							now
						]
					}
				];
			})
		];
		await client.batch(statements, 'write');
	} finally {
		client.close();
	}
	return {
		lead: { username: lead.username, password, name: lead.name },
		trainers,
		participants: participants.map((participant) => participant.name)
	};
}
