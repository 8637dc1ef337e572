import { m } from '$lib/paraglide/messages.js';
import { textOf } from '$lib/text/tables';
import type { Role } from '$lib/domain/roles';

export const roleLabel = textOf<Role>({
	participant: m.role_participant,
	trusted_person: m.role_trusted_person,
	trainer: m.role_trainer,
	lead: m.role_lead,
	admin: m.role_admin
});
