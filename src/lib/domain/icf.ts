/**
 * ICF profile for the final report (Abschlussbericht): which categories can be rated,
 * which qualifier values each component allows, and how a rating is written down.
 *
 * Core set: Brief ICF Core Set for Vocational Rehabilitation, Finger et al.,
 * Disabil Rehabil 2012;34(5):429–438, doi:10.3109/09638288.2011.608145.
 * Counts (3 b, 6 d, 4 e) from the abstract: https://pubmed.ncbi.nlm.nih.gov/21981443/
 * Codes cross-checked against Table 19.2 ("Brief ICF Core Set for VR") in the Handbook of
 * Vocational Rehabilitation and Disability Evaluation (Springer 2015), ch. 19:
 * https://musculoskeletalkey.com/selection-of-icf-core-sets-for-functioning-assessment-in-disability-evaluation-toward-the-assignment-to-return-to-work-programs-andor-disability-benefits
 * That copy confirms b130, b164, b455, d155 and d240, and that d175 is not in the set (it is
 * missing from the table). The table is cut off after d660, so d720, d845, d850, d855 and the
 * four e codes are not confirmed there; d855 as the sixth d category is the least certain.
 * Check these against the paper's own table before the report goes into use.
 *
 * German titles: ICF, German edition (DIMDI 2005), ClaML file icf2005syst_claml_20120619.
 * English titles: WHO ICF (2001).
 */

export type IcfComponent = 'b' | 'd' | 'e';

export interface Localized {
	de: string;
	en: string;
}

export interface IcfCategory {
	code: string;
	component: IcfComponent;
	/** Part of the Brief ICF Core Set for Vocational Rehabilitation. */
	coreSet: boolean;
	/** Official ICF title. */
	title: Localized;
	/** What the category means for the participant, in easy language. */
	easy: Localized;
}

const category = (
	code: string,
	coreSet: boolean,
	title: Localized,
	easy: Localized
): IcfCategory => ({ code, component: code.charAt(0) as IcfComponent, coreSet, title, easy });

/** Ordered by component (b, d, e), then code: the order the report prints them in. */
export const icfCategories: readonly IcfCategory[] = [
	category(
		'b117',
		false,
		{ de: 'Funktionen der Intelligenz', en: 'Intellectual functions' },
		{
			de: 'Wie gut Sie Dinge verstehen. Wie gut Sie nachdenken können.',
			en: 'How well you understand things. How well you can think things through.'
		}
	),
	category(
		'b130',
		true,
		{ de: 'Funktionen der psychischen Energie und des Antriebs', en: 'Energy and drive functions' },
		{
			de: 'Ob Sie genug Kraft und Lust für Ihre Aufgaben haben. Ob Sie Dinge von selbst anfangen.',
			en: 'Whether you have enough energy for your tasks. Whether you start things on your own.'
		}
	),
	category(
		'b140',
		false,
		{ de: 'Funktionen der Aufmerksamkeit', en: 'Attention functions' },
		{
			de: 'Wie gut Sie bei einer Sache bleiben. Ob Sie sich leicht ablenken lassen.',
			en: 'How well you stay with one thing. Whether you get distracted easily.'
		}
	),
	category(
		'b144',
		false,
		{ de: 'Funktionen des Gedächtnisses', en: 'Memory functions' },
		{
			de: 'Wie gut Sie sich Dinge merken. Wie gut Sie sich später daran erinnern.',
			en: 'How well you remember things. How well you can recall them later.'
		}
	),
	category(
		'b152',
		false,
		{ de: 'Emotionale Funktionen', en: 'Emotional functions' },
		{
			de: 'Welche Gefühle Sie haben. Wie gut Sie mit Ihren Gefühlen umgehen.',
			en: 'What feelings you have. How well you deal with your feelings.'
		}
	),
	category(
		'b164',
		true,
		{ de: 'Höhere kognitive Funktionen', en: 'Higher-level cognitive functions' },
		{
			de: 'Wie gut Sie planen und Entscheidungen treffen. Wie gut Sie Ihre Zeit einteilen.',
			en: 'How well you plan and make decisions. How well you use your time.'
		}
	),
	category(
		'b455',
		true,
		{
			de: 'Funktionen der kardiorespiratorischen Belastbarkeit',
			en: 'Exercise tolerance functions'
		},
		{
			de: 'Wie lange Sie körperlich durchhalten. Zum Beispiel bei schwerer Arbeit.',
			en: 'How long your body can keep going. For example, when you do hard physical work.'
		}
	),
	category(
		'd155',
		true,
		{ de: 'Sich Fertigkeiten aneignen', en: 'Acquiring skills' },
		{
			de: 'Wie Sie etwas Neues lernen und üben. Bis Sie es gut können.',
			en: 'How you learn and practise something new. Until you can do it well.'
		}
	),
	category(
		'd175',
		false,
		{ de: 'Probleme lösen', en: 'Solving problems' },
		{
			de: 'Wie Sie mit Problemen umgehen. Ob Sie selbst eine Lösung finden.',
			en: 'How you deal with problems. Whether you find a solution on your own.'
		}
	),
	category(
		'd210',
		false,
		{ de: 'Eine Einzelaufgabe übernehmen', en: 'Undertaking a single task' },
		{
			de: 'Wie Sie eine Aufgabe erledigen. Vom Anfang bis zum Ende.',
			en: 'How you do one task. From start to finish.'
		}
	),
	category(
		'd220',
		false,
		{ de: 'Mehrfachaufgaben übernehmen', en: 'Undertaking multiple tasks' },
		{
			de: 'Wie Sie mehrere Aufgaben schaffen. Nacheinander oder zur gleichen Zeit.',
			en: 'How you manage several tasks. One after another or at the same time.'
		}
	),
	category(
		'd230',
		false,
		{ de: 'Die tägliche Routine durchführen', en: 'Carrying out daily routine' },
		{
			de: 'Wie Sie Ihren Tag planen und schaffen. Zum Beispiel pünktlich zur Arbeit kommen.',
			en: 'How you plan and manage your day. For example, getting to work on time.'
		}
	),
	category(
		'd240',
		true,
		{
			de: 'Mit Stress und anderen psychischen Anforderungen umgehen',
			en: 'Handling stress and other psychological demands'
		},
		{
			de: 'Wie Sie mit Stress und Druck umgehen. Zum Beispiel, wenn es schnell gehen muss.',
			en: 'How you deal with stress and pressure. For example, when something must be done fast.'
		}
	),
	category(
		'd310',
		false,
		{
			de: 'Kommunizieren als Empfänger gesprochener Mitteilungen',
			en: 'Communicating with - receiving - spoken messages'
		},
		{
			de: 'Wie gut Sie verstehen, was andere sagen. Zum Beispiel eine Anleitung bei der Arbeit.',
			en: 'How well you understand what other people say. For example, instructions at work.'
		}
	),
	category(
		'd470',
		false,
		{ de: 'Transportmittel benutzen', en: 'Using transportation' },
		{
			de: 'Wie Sie mit Bus und Bahn fahren. Zum Beispiel zur Arbeit.',
			en: 'How you travel by bus or train. For example, to get to work.'
		}
	),
	category(
		'd710',
		false,
		{ de: 'Elementare interpersonelle Aktivitäten', en: 'Basic interpersonal interactions' },
		{
			de: 'Wie Sie mit anderen Menschen umgehen. Zum Beispiel freundlich sein und zuhören.',
			en: 'How you get on with other people. For example, being friendly and listening.'
		}
	),
	category(
		'd720',
		true,
		{ de: 'Komplexe interpersonelle Interaktionen', en: 'Complex interpersonal interactions' },
		{
			de: 'Wie Sie sich mit anderen verhalten, wenn es schwierig wird. Zum Beispiel bei Streit.',
			en: 'How you behave with others when things are difficult. For example, in an argument.'
		}
	),
	category(
		'd825',
		false,
		{ de: 'Theoretische Berufsausbildung', en: 'Vocational training' },
		{
			de: 'Wie Sie in einer Berufs·ausbildung lernen. Zum Beispiel in der Berufs·schule.',
			en: 'How you learn in job training. For example, at a training centre.'
		}
	),
	category(
		'd840',
		false,
		{ de: 'Vorbereitung auf Erwerbstätigkeit', en: 'Apprenticeship (work preparation)' },
		{
			de: 'Wie Sie sich auf eine Arbeit vorbereiten. Zum Beispiel in einem Praktikum.',
			en: 'How you get ready for a job. For example, in a work placement.'
		}
	),
	category(
		'd845',
		true,
		{
			de: 'Eine Arbeit erhalten, behalten und beenden',
			en: 'Acquiring, keeping and terminating a job'
		},
		{
			de: 'Eine Arbeit finden. Die Arbeit behalten. Eine Arbeit gut beenden.',
			en: 'Finding a job. Keeping a job. Ending a job in a good way.'
		}
	),
	category(
		'd850',
		true,
		{ de: 'Bezahlte Tätigkeit', en: 'Remunerative employment' },
		{
			de: 'Wie Sie eine Arbeit machen, für die Sie Geld bekommen.',
			en: 'How you do a job that you get paid for.'
		}
	),
	category(
		'd855',
		true,
		{ de: 'Unbezahlte Tätigkeit', en: 'Non-remunerative employment' },
		{
			de: 'Wie Sie eine Arbeit machen, für die Sie kein Geld bekommen. Zum Beispiel ein Ehren·amt.',
			en: 'How you do work that you do not get paid for. For example, volunteering.'
		}
	),
	category(
		'e310',
		true,
		{ de: 'Engster Familienkreis', en: 'Immediate family' },
		{
			de: 'Wie Ihre Familie Sie unterstützt. Zum Beispiel Ihre Eltern oder Geschwister.',
			en: 'How your family supports you. For example, your parents or brothers and sisters.'
		}
	),
	category(
		'e330',
		true,
		{ de: 'Autoritätspersonen', en: 'People in positions of authority' },
		{
			de: 'Menschen, die Ihnen Anweisungen geben dürfen. Zum Beispiel Ihr Chef oder Ihre Ausbilderin.',
			en: 'People who can tell you what to do. For example, your boss or your trainer.'
		}
	),
	category(
		'e360',
		false,
		{ de: 'Andere Fachleute', en: 'Other professionals' },
		{
			de: 'Fach·leute, die Ihnen helfen. Zum Beispiel Job·coaches oder Sozial·arbeiterinnen.',
			en: 'Professionals who help you. For example, job coaches or social workers.'
		}
	),
	category(
		'e580',
		true,
		{
			de: 'Dienste, Systeme und Handlungsgrundsätze des Gesundheitswesens',
			en: 'Health services, systems and policies'
		},
		{
			de: 'Hilfe für Ihre Gesundheit. Zum Beispiel Arzt·praxen, Kranken·häuser und die Kranken·kasse.',
			en: 'Help for your health. For example, doctors, hospitals and health insurance.'
		}
	),
	category(
		'e585',
		false,
		{
			de: 'Dienste, Systeme und Handlungsgrundsätze des Bildungs- und Ausbildungswesens',
			en: 'Education and training services, systems and policies'
		},
		{
			de: 'Angebote zum Lernen. Zum Beispiel Schulen und Ausbildungs·stätten.',
			en: 'Places and rules for learning. For example, schools and training centres.'
		}
	),
	category(
		'e590',
		true,
		{
			de: 'Dienste, Systeme und Handlungsgrundsätze des Arbeits- und Beschäftigungswesens',
			en: 'Labour and employment services, systems and policies'
		},
		{
			de: 'Hilfe rund um das Thema Arbeit. Zum Beispiel die Agentur für Arbeit.',
			en: 'Help with work and jobs. For example, the job centre.'
		}
	)
];

export const icfCoreSetCodes: readonly string[] = icfCategories
	.filter((entry) => entry.coreSet)
	.map((entry) => entry.code);

const categoriesByCode = new Map(icfCategories.map((entry) => [entry.code, entry]));

export function findIcfCategory(code: string): IcfCategory | undefined {
	return categoriesByCode.get(code);
}

/** Where a qualifier goes: b and e have one; d has performance (what the person does) and capacity (what they can do). */
export type IcfQualifierField = 'qualifier' | 'performance' | 'capacity';
const qualifierFields: readonly IcfQualifierField[] = ['qualifier', 'performance', 'capacity'];

export interface IcfQualifierValue {
	/** As written in the notation: '2', '+2', '8'. */
	value: string;
	/** For the participant. */
	easy: Localized;
	/** ICF wording for professionals. */
	label: Localized;
}

const unknown: Localized = { de: 'nicht genau bekannt', en: 'not known exactly' };
const doesNotFit: Localized = { de: 'passt hier nicht', en: 'does not fit here' };
const notSpecified: Localized = { de: 'nicht spezifiziert', en: 'not specified' };
const notApplicable: Localized = { de: 'nicht anwendbar', en: 'not applicable' };

// The five ICF steps with their percentage bands; German wording as in the DIMDI edition.
const steps = [
	{ de: 'nicht vorhanden', en: 'no', band: '0–4 %' },
	{ de: 'leicht ausgeprägt', en: 'mild', band: '5–24 %' },
	{ de: 'mäßig ausgeprägt', en: 'moderate', band: '25–49 %' },
	{ de: 'erheblich ausgeprägt', en: 'severe', band: '50–95 %' },
	{ de: 'voll ausgeprägt', en: 'complete', band: '96–100 %' }
] as const;

const problemEasy: readonly Localized[] = [
	{ de: 'kein Problem', en: 'no problem' },
	{ de: 'ein kleines Problem', en: 'a small problem' },
	{ de: 'ein mittleres Problem', en: 'a medium problem' },
	{ de: 'ein großes Problem', en: 'a big problem' },
	{ de: 'ein sehr großes Problem', en: 'a very big problem' }
];

/** 0–4, 8, 9 for b (noun "Schädigung"/"impairment") and d ("Problem"/"problem"). */
function problemScale(noun: Localized): readonly IcfQualifierValue[] {
	return [
		...steps.map((step, index) => ({
			value: String(index),
			easy: problemEasy[index] ?? unknown,
			label: {
				de: `${noun.de} ${step.de} (${step.band})`,
				en: `${step.en} ${noun.en} (${step.band})`
			}
		})),
		{ value: '8', easy: unknown, label: notSpecified },
		{ value: '9', easy: doesNotFit, label: notApplicable }
	];
}

const barrierEasy: readonly Localized[] = [
	{ de: 'macht es nicht schwer', en: 'does not make it hard' },
	{ de: 'macht es ein bisschen schwer', en: 'makes it a little hard' },
	{ de: 'macht es mittel schwer', en: 'makes it fairly hard' },
	{ de: 'macht es sehr schwer', en: 'makes it very hard' },
	{ de: 'macht es fast unmöglich', en: 'makes it almost impossible' }
];

const facilitatorEasy: readonly Localized[] = [
	{ de: 'hilft nicht', en: 'does not help' },
	{ de: 'hilft ein bisschen', en: 'helps a little' },
	{ de: 'hilft mittel', en: 'helps fairly well' },
	{ de: 'hilft viel', en: 'helps a lot' },
	{ de: 'hilft sehr viel', en: 'helps very much' }
];

// ICF calls the fourth facilitator step "substantial", not "severe".
const facilitatorEn = ['no', 'mild', 'moderate', 'substantial', 'complete'] as const;

/** Barrier 0–4, facilitator +0…+4, then 8 and 9. */
const environmentScale: readonly IcfQualifierValue[] = [
	...steps.map((step, index) => ({
		value: String(index),
		easy: barrierEasy[index] ?? unknown,
		label: { de: `Barriere ${step.de} (${step.band})`, en: `${step.en} barrier (${step.band})` }
	})),
	...steps.map((step, index) => ({
		value: `+${index}`,
		easy: facilitatorEasy[index] ?? unknown,
		label: {
			de: `Förderfaktor ${step.de} (${step.band})`,
			en: `${facilitatorEn[index] ?? step.en} facilitator (${step.band})`
		}
	})),
	{ value: '8', easy: unknown, label: notSpecified },
	{ value: '9', easy: doesNotFit, label: notApplicable }
];

const problems = problemScale({ de: 'Problem', en: 'problem' });

/** Which qualifier fields each component uses, and the values each field allows. */
export const icfQualifiers: Readonly<
	Record<IcfComponent, Readonly<Partial<Record<IcfQualifierField, readonly IcfQualifierValue[]>>>>
> = {
	b: { qualifier: problemScale({ de: 'Schädigung', en: 'impairment' }) },
	d: { performance: problems, capacity: problems },
	e: { qualifier: environmentScale }
};

export interface IcfRating {
	code: string;
	/** d only: what the person does in their usual surroundings. */
	performance?: string;
	/** d only: what the person can do without help. */
	capacity?: string;
	/** b and e. */
	qualifier?: string;
	/** May be empty. */
	comment: string;
}

export type IcfRatingProblem = 'unknown_code' | 'missing_qualifier' | 'invalid_qualifier';
export type IcfRatingCheck = { ok: true } | { ok: false; problem: IcfRatingProblem };

export function validateIcfRating(rating: IcfRating): IcfRatingCheck {
	const found = findIcfCategory(rating.code);
	if (!found) return { ok: false, problem: 'unknown_code' };
	const fields = icfQualifiers[found.component];
	// An empty form field counts as not filled in.
	const given = (field: IcfQualifierField) => rating[field] !== undefined && rating[field] !== '';
	// A wrong value is reported before a missing one, so a half-filled form still shows it.
	// A value in a field the component does not use (a capacity for b130) is a mix-up, not extra detail.
	const invalid = qualifierFields.some((field) => {
		const allowed = fields[field];
		return given(field) && !allowed?.some((entry) => entry.value === rating[field]);
	});
	if (invalid) return { ok: false, problem: 'invalid_qualifier' };
	const missing = qualifierFields.some((field) => fields[field] !== undefined && !given(field));
	if (missing) return { ok: false, problem: 'missing_qualifier' };
	return { ok: true };
}

/**
 * The ICF written form: b130.2, d845.23 (performance, then capacity), e310.2 for a barrier,
 * e310+2 for a facilitator. Throws on an invalid rating, so no wrong code reaches a report.
 */
export function icfNotation(rating: IcfRating): string {
	const check = validateIcfRating(rating);
	if (!check.ok) throw new Error(`ICF rating for "${rating.code}" is not valid: ${check.problem}`);
	if (findIcfCategory(rating.code)?.component === 'd')
		return `${rating.code}.${rating.performance}${rating.capacity}`;
	const qualifier = rating.qualifier ?? '';
	// The plus sign takes the place of the point.
	return qualifier.startsWith('+') ? `${rating.code}${qualifier}` : `${rating.code}.${qualifier}`;
}
