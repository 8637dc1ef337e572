import type { Cookies } from '@sveltejs/kit';
import { parseDisplaySettings, type DisplaySettings } from '$lib/domain/display-settings';

const textSizeCookie = 'text_size';
const contrastCookie = 'contrast';

/** Remembered as long as browsers keep a cookie (400 days), like the language. */
const cookieOptions = {
	path: '/',
	httpOnly: true,
	sameSite: 'lax',
	maxAge: 60 * 60 * 24 * 400
} as const;

export function displaySettingsFrom(cookies: Cookies): DisplaySettings {
	return parseDisplaySettings({
		textSize: cookies.get(textSizeCookie),
		contrast: cookies.get(contrastCookie)
	});
}

export function saveDisplaySettings(cookies: Cookies, settings: DisplaySettings): void {
	cookies.set(textSizeCookie, settings.textSize, cookieOptions);
	cookies.set(contrastCookie, settings.contrast, cookieOptions);
}
