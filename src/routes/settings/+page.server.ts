import { fail, redirect } from '@sveltejs/kit';
import { fieldErrors, keptValues } from '$lib/forms';
import { getLocale } from '$lib/paraglide/runtime';
import { settingsSchema } from '$lib/schemas/settings';
import { saveDisplaySettings } from '$lib/server/http/display-settings';
import { rememberLocaleChoice } from '$lib/server/http/locale-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	current: { ...locals.display, locale: getLocale() },
	saved: url.searchParams.has('saved')
});

export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const input = settingsSchema.safeParse(Object.fromEntries(form));
		if (!input.success)
			return fail(400, { values: keptValues(form), errors: fieldErrors(input.error) });
		const { textSize, contrast, locale } = input.data;
		saveDisplaySettings(cookies, { textSize, contrast });
		await rememberLocaleChoice(cookies, locals.user, locale);
		// A full page load afterwards, so <html> carries the new size, colours and language.
		redirect(303, '/settings?saved=1');
	}
};
