/** The roles of DESIGN.md. Staff roles belong to exactly one provider. */
export const roles = ['participant', 'trusted_person', 'trainer', 'lead', 'admin'] as const;
export type Role = (typeof roles)[number];

export const staffRoles = ['trainer', 'lead'] as const satisfies readonly Role[];

export function isStaffRole(role: Role): role is (typeof staffRoles)[number] {
	return (staffRoles as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
	switch (role) {
		case 'participant':
			return '/start';
		case 'trusted_person':
			// Trusted persons get their own pages when they can act for a participant;
			// until then the help page is the one page that is meant for them too.
			return '/help';
		case 'trainer':
		case 'lead':
			return '/provider';
		case 'admin':
			return '/admin';
	}
}
