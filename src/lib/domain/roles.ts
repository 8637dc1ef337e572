/** The roles of DESIGN.md. Staff roles belong to exactly one provider. */
export const roles = ['participant', 'trusted_person', 'trainer', 'lead', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * How a person's role is said with their name: "Tom Keller (Qualifikations·trainer)", "Sara
 * Yılmaz (Qualifikations·trainerin)". Chosen with the account, so nobody is named with the
 * long "trainerin oder trainer" form or the wrong one.
 */
export const roleWordings = ['feminine', 'masculine', 'neutral'] as const;
export type RoleWording = (typeof roleWordings)[number];

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
