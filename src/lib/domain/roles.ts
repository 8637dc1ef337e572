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
		case 'trusted_person':
			return '/start';
		case 'trainer':
		case 'lead':
			return '/provider';
		case 'admin':
			return '/admin';
	}
}
