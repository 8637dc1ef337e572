import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import settings from '../../../project.inlang/settings.json';
import { messagesFolder, messagesOf } from '$lib/i18n/message-files';

const placeholders = (text: string) =>
	[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message files', () => {
	const base = messagesOf(settings.baseLocale);

	it('has one file for every locale in the settings, and no other', () => {
		const files = readdirSync(messagesFolder)
			.filter((file) => file.endsWith('.json'))
			.map((file) => file.replace(/\.json$/, ''))
			.sort();
		expect(files).toEqual([...settings.locales].sort());
	});

	it.each(settings.locales)('%s has every key of the base locale and no extra ones', (locale) => {
		const messages = messagesOf(locale);
		const missing = Object.keys(base).filter((key) => !(key in messages));
		const extra = Object.keys(messages).filter((key) => !(key in base));
		expect({ missing, extra }).toEqual({ missing: [], extra: [] });
	});

	it.each(settings.locales)('%s fills every message and keeps its placeholders', (locale) => {
		const messages = messagesOf(locale);
		for (const [key, text] of Object.entries(messages)) {
			expect(typeof text === 'string' && text.trim().length > 0, `${locale}.${key} is empty`).toBe(
				true
			);
			expect(placeholders(text), `${locale}.${key} placeholders`).toEqual(
				placeholders(base[key] ?? '')
			);
		}
	});
});
