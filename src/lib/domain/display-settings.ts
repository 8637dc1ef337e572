/** How a person wants the portal to look: the text size and the contrast, and their defaults. */

export const textSizes = ['normal', 'large', 'very-large'] as const;
export type TextSize = (typeof textSizes)[number];

export const contrasts = ['normal', 'high'] as const;
export type Contrast = (typeof contrasts)[number];

export interface DisplaySettings {
	textSize: TextSize;
	contrast: Contrast;
}

export const defaultDisplaySettings: DisplaySettings = { textSize: 'normal', contrast: 'normal' };

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads stored values; anything unknown (an old or edited cookie) falls back to the default. */
export function parseDisplaySettings(stored: {
	textSize?: string;
	contrast?: string;
}): DisplaySettings {
	return {
		textSize: oneOf(textSizes, stored.textSize, defaultDisplaySettings.textSize),
		contrast: oneOf(contrasts, stored.contrast, defaultDisplaySettings.contrast)
	};
}
