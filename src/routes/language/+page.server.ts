import { redirect } from '@sveltejs/kit';
import { safeRedirectPath } from '$lib/domain/safe-redirect';
import { isLocale } from '$lib/paraglide/runtime';
import { setLocaleCookie } from '$lib/server/locale-cookie';
import { saveOwnLocale } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		const back = safeRedirectPath(String(form.get('redirectTo') ?? '')) ?? '/';
		if (typeof locale === 'string' && isLocale(locale)) {
			setLocaleCookie(cookies, locale);
			if (locals.user) await saveOwnLocale(locals.user, locale);
		}
		redirect(303, back);
	}
};
