import type { CDPSession, Page } from '@playwright/test';

/** A passkey device for a test: the DevTools session it lives in and its id there. */
export interface VirtualAuthenticator {
	devtools: CDPSession;
	authenticatorId: string;
}

/**
 * Chromium's virtual authenticator stands in for a phone's fingerprint sensor: a platform
 * authenticator that keeps passkeys (resident keys), checks the person and says yes by itself.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
	const devtools = await page.context().newCDPSession(page);
	await devtools.send('WebAuthn.enable');
	const { authenticatorId } = await devtools.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			automaticPresenceSimulation: true
		}
	});
	return { devtools, authenticatorId };
}
