import type { DisplaySettings } from '$lib/domain/display-settings';
import type { SessionUser, ValidSession } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: ValidSession | null;
			/** Text size and contrast from the settings cookies, already checked. */
			display: DisplaySettings;
		}
		interface Error {
			message: string;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
