import { z } from 'zod';
import { contrasts, textSizes } from '$lib/domain/display-settings';
import { m } from '$lib/paraglide/messages.js';
import { isLocale } from '$lib/paraglide/runtime';

const chooseOne = () => m.settings_error_choose();

export const settingsSchema = z.object({
	textSize: z.enum(textSizes, { error: chooseOne }),
	contrast: z.enum(contrasts, { error: chooseOne }),
	locale: z.string({ error: chooseOne }).refine(isLocale, { error: chooseOne })
});
