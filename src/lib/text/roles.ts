import { m } from '$lib/paraglide/messages.js';
import { textOf } from '$lib/text/tables';
import type { Role, RoleWording } from '$lib/domain/roles';

/** A role as such: in the administration's lists and the role choice. */
export const roleLabel = textOf<Role>({
	participant: m.role_participant,
	trusted_person: m.role_trusted_person,
	trainer: m.role_trainer,
	lead: m.role_lead,
	admin: m.role_admin
});

type Said = Record<RoleWording, () => string>;
const same = (say: () => string): Said => ({ feminine: say, masculine: say, neutral: say });

const personRoles = {
	participant: {
		feminine: m.person_role_participant_feminine,
		masculine: m.person_role_participant_masculine,
		neutral: m.person_role_participant_neutral
	},
	trusted_person: same(m.person_role_trusted_person),
	trainer: {
		feminine: m.person_role_trainer_feminine,
		masculine: m.person_role_trainer_masculine,
		neutral: m.person_role_trainer_neutral
	},
	lead: same(m.role_lead),
	admin: same(m.role_admin)
} satisfies Record<Role, Said>;

/** The role beside one person's name, the way that person is: "Qualifikations·trainer". */
export function personRole(role: Role, wording: RoleWording): string {
	return personRoles[role][wording]();
}

/** "Tom Keller (Qualifikations·trainer)". */
export function nameWithRole(name: string, role: Role, wording: RoleWording): string {
	return `${name} (${personRole(role, wording)})`;
}

export const roleWordingLabel = textOf<RoleWording>({
	feminine: m.admin_role_wording_feminine,
	masculine: m.admin_role_wording_masculine,
	neutral: m.admin_role_wording_neutral
});
