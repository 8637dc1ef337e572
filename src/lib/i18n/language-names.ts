/** Made once per locale: `Intl.DisplayNames` is costly to build, and every page shows it. */
const names = new Map<string, string>();

/** Each language names itself ("English", "Deutsch"), so adding a locale file needs no new text. */
export function ownLanguageName(locale: string): string {
	let name = names.get(locale);
	if (name === undefined) {
		const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
		name = own.charAt(0).toLocaleUpperCase(locale) + own.slice(1);
		names.set(locale, name);
	}
	return name;
}
