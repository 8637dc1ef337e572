/** Each language names itself ("English", "Deutsch"), so adding a locale file needs no new text. */
export function ownLanguageName(locale: string): string {
	const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
