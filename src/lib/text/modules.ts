import { m } from '$lib/paraglide/messages.js';
import type { HourCap, LengthRange, ModuleDefinition } from '$lib/domain/catalogue';
import type { IconName } from '$lib/components/Icon.svelte';

export interface ModuleTexts {
	name: string;
	short: string;
	what: string;
	who: string;
	where: string;
}

const texts: Record<string, () => ModuleTexts> = {
	entry: () => ({
		name: m.module_entry_name(),
		short: m.module_entry_short(),
		what: m.module_entry_what(),
		who: m.module_entry_who(),
		where: m.module_entry_where()
	}),
	qualification: () => ({
		name: m.module_qualification_name(),
		short: m.module_qualification_short(),
		what: m.module_qualification_what(),
		who: m.module_qualification_who(),
		where: m.module_qualification_where()
	}),
	stabilisation: () => ({
		name: m.module_stabilisation_name(),
		short: m.module_stabilisation_short(),
		what: m.module_stabilisation_what(),
		who: m.module_stabilisation_who(),
		where: m.module_stabilisation_where()
	}),
	transition: () => ({
		name: m.module_transition_name(),
		short: m.module_transition_short(),
		what: m.module_transition_what(),
		who: m.module_transition_who(),
		where: m.module_transition_where()
	}),
	job_security: () => ({
		name: m.module_job_security_name(),
		short: m.module_job_security_short(),
		what: m.module_job_security_what(),
		who: m.module_job_security_who(),
		where: m.module_job_security_where()
	}),
	job_coaching: () => ({
		name: m.module_job_coaching_name(),
		short: m.module_job_coaching_short(),
		what: m.module_job_coaching_what(),
		who: m.module_job_coaching_who(),
		where: m.module_job_coaching_where()
	})
};

/** The texts of a module in the current language. */
export function moduleTexts(code: string): ModuleTexts {
	const found = texts[code];
	if (!found) throw new Error(`No texts for module ${code}: add them to the message files`);
	return found();
}

export function moduleName(code: string): string {
	return moduleTexts(code).name;
}

/** One pictogram per module, the same wherever the module appears. */
export const moduleIcons: Record<string, IconName> = {
	entry: 'door',
	qualification: 'learn',
	stabilisation: 'anchor',
	transition: 'route',
	job_security: 'shieldCheck',
	job_coaching: 'handshake'
};

export function lengthText(length: LengthRange | null): string {
	if (!length) return m.length_open();
	if (length.min === null) {
		return length.unit === 'week'
			? m.length_weeks_max({ max: length.max })
			: m.length_months_max({ max: length.max });
	}
	return length.unit === 'week'
		? m.length_weeks_range({ min: length.min, max: length.max })
		: m.length_months_range({ min: length.min, max: length.max });
}

const capTexts = {
	total: (cap) => m.hours_total({ hours: cap.hours }),
	per_month: (cap) => m.hours_per_month({ hours: cap.hours }),
	none: () => m.hours_none()
} satisfies { [Kind in HourCap['kind']]: (cap: HourCap & { kind: Kind }) => string };

export function hoursText(cap: HourCap): string {
	return (capTexts[cap.kind] as (cap: HourCap) => string)(cap);
}

export type { ModuleDefinition };
