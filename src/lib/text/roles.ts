import { m } from '$lib/paraglide/messages.js';
import type { Role } from '$lib/domain/roles';

export function roleLabel(role: Role): string {
	switch (role) {
		case 'participant':
			return m.role_participant();
		case 'trusted_person':
			return m.role_trusted_person();
		case 'trainer':
			return m.role_trainer();
		case 'lead':
			return m.role_lead();
		case 'admin':
			return m.role_admin();
	}
}
