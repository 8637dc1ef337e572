import { redirect } from '@sveltejs/kit';
import { withoutOneTimeFlags } from '$lib/domain/one-time-flags';
import { safeRedirectPath } from '$lib/domain/safe-redirect';
import { isLocale } from '$lib/paraglide/runtime';
import { rememberLocaleChoice } from '$lib/server/http/locale-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, locals, url }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		const back = withoutOneTimeFlags(
			safeRedirectPath(String(form.get('redirectTo') ?? ''), url.origin) ?? '/'
		);
		if (typeof locale === 'string' && isLocale(locale)) {
			await rememberLocaleChoice(cookies, locals.user, locale);
		}
		redirect(303, back);
	}
};
