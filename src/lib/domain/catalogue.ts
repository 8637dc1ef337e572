/**
 * The offers the portal can book, as data. The pass(t)genau modules come from the
 * Durchführungskonzept (seed 001, section 3.2). Other kinds of offer (billed per month,
 * help-need groups) fit by adding an offer with its own billing and cap kinds.
 *
 * Texts (names, descriptions) live in the message files, keyed by module code.
 */

export type LengthUnit = 'week' | 'month';

/** How long a module runs. `min` is null where the concept only gives an upper bound. */
export interface LengthRange {
	min: number | null;
	max: number;
	unit: LengthUnit;
}

/** The hour limit of a module: over the whole booking, per calendar month, or none in the portal. */
export type HourCap =
	{ kind: 'total'; hours: number } | { kind: 'per_month'; hours: number } | { kind: 'none' };

export type CapKind = HourCap['kind'];

export interface ModuleDefinition {
	code: string;
	/** Position in the usual sequence, starting at 1. */
	order: number;
	length: LengthRange | null;
	hourCap: HourCap;
	/** Every participant starts with a mandatory module before any other. */
	mandatory: boolean;
	/** False for modules commissioned elsewhere (Jobcoaching comes through the Integrationsfachdienst). */
	bookable: boolean;
}

export type BillingKind = 'hours_per_module' | 'per_month' | 'hours_per_week';

export interface OfferDefinition {
	code: string;
	billing: BillingKind;
	modules: readonly ModuleDefinition[];
}

export const passtgenau = {
	code: 'passtgenau',
	billing: 'hours_per_module',
	modules: [
		{
			code: 'entry',
			order: 1,
			length: { min: 2, max: 4, unit: 'week' },
			hourCap: { kind: 'total', hours: 48 },
			mandatory: true,
			bookable: true
		},
		{
			code: 'qualification',
			order: 2,
			length: { min: 4, max: 10, unit: 'month' },
			hourCap: { kind: 'total', hours: 540 },
			mandatory: false,
			bookable: true
		},
		{
			code: 'stabilisation',
			order: 3,
			length: { min: 3, max: 7, unit: 'month' },
			hourCap: { kind: 'total', hours: 378 },
			mandatory: false,
			bookable: true
		},
		{
			code: 'transition',
			order: 4,
			length: { min: null, max: 6, unit: 'month' },
			hourCap: { kind: 'total', hours: 324 },
			mandatory: false,
			bookable: true
		},
		{
			code: 'job_security',
			order: 5,
			length: { min: null, max: 6, unit: 'month' },
			hourCap: { kind: 'per_month', hours: 30 },
			mandatory: false,
			bookable: true
		},
		{
			code: 'job_coaching',
			order: 6,
			length: null,
			hourCap: { kind: 'none' },
			mandatory: false,
			bookable: false
		}
	]
} as const satisfies OfferDefinition;

export const catalogue: readonly OfferDefinition[] = [passtgenau];

export type PasstgenauModuleCode = (typeof passtgenau.modules)[number]['code'];

export function allModules(): ModuleDefinition[] {
	return catalogue.flatMap((offer) => [...offer.modules]);
}

export function findModule(code: string): ModuleDefinition | undefined {
	return allModules().find((module) => module.code === code);
}
