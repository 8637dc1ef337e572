import { m } from '$lib/paraglide/messages.js';
import type { Role } from '$lib/domain/roles';

const roleLabelTexts = {
	participant: m.role_participant,
	trusted_person: m.role_trusted_person,
	trainer: m.role_trainer,
	lead: m.role_lead,
	admin: m.role_admin
} satisfies Record<Role, () => string>;

export function roleLabel(role: Role): string {
	return roleLabelTexts[role]();
}
