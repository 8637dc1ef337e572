import { expect, test as base, type APIRequestContext } from '@playwright/test';
import {
	berlinDay,
	contextFor,
	dataOutcome,
	displayName,
	formField,
	identities,
	identityNames,
	isRedirect,
	isRefusal,
	monthsAhead,
	open,
	postForm,
	type Identity
} from './support/access-probes';
import { testBaseUrl } from './support/accounts';
import { pathOf, readRouteTree } from './support/route-tree';

/**
 * Who sees what (DESIGN.md), proved for every page, endpoint and form action of src/routes and
 * for every kind of person. Each probe looks at the content: a text of Anna's (participant A) or
 * Ben's (participant B) data must be in the answer for those who may see it, and must be nowhere
 * in the answer (the HTML, which carries the page data, and `<path>/__data.json`) for those who
 * may not. Form actions are posted as everybody who may not act: the answer is a refusal and
 * Anna's own export shows nothing changed. The rules are the intended ones; where today's code
 * differs, the probe fails until the code follows them.
 *
 * The rules in short:
 * - A participant sees everything about themselves and nothing about anyone else.
 * - Staff see a participant's data only through an agreed booking (confirmed, running, finished)
 *   with their provider: trainers the bookings they train, leads their provider's. A request
 *   (still "requested") only while it concerns them: leads of the wished provider, or every lead
 *   when there is no wish. Trainers never see requests.
 * - Another provider's booking shows at most that there is one: no message, trainer or dates.
 * - Personal goals ("Mein Ziel") only for staff who may document an agreed booking of the person.
 * - Agreed goals, reflection talks, notes and hours are written only on agreed bookings, by the
 *   booking's trainer or a lead of its provider.
 * - A request the other provider decided shows only that it was decided elsewhere.
 * - Trainers read feedback of the people they train; leads their provider's.
 * - /admin only the administration; requests, billing and satisfaction only leads; other provider
 *   pages trainers and leads; participant pages only participants; help, modules, settings and
 *   login everybody; a share link only with a valid token.
 */

// ---------------------------------------------------------------------------------------------
// Marker texts: data of Anna's (owner anna) or Ben's (owner ben) from the demo story, which must
// show where the matrix says and nowhere else. An owner may meet their own data anywhere.

const markers = {
	a: { owner: 'anna', text: 'Anna Berger', what: 'A’s name' },
	N: {
		owner: 'anna',
		text: 'Anna gießt die Pflanzen jetzt ohne Hilfe.',
		what: 'A’s progress note'
	},
	// "Mein Ziel"; another test rewrites it, and its history keeps these words.
	G: {
		owner: 'anna',
		text: 'Ich möchte eine feste Arbeit mit Pflanzen finden.',
		what: 'A’s personal goal'
	},
	F: { owner: 'anna', text: 'Der erste Tag war sehr laut.', what: 'A’s feedback' },
	H: { owner: 'anna', text: 'Busfahrt zur Gärtnerei geübt', what: 'a note on A’s hours' },
	Q: {
		owner: 'anna',
		text: 'Ich möchte gern mit Pflanzen arbeiten.',
		what: 'the message of A’s Qualifizierungsphase (Lebenshilfe)'
	},
	E: {
		owner: 'anna',
		text: 'Ich weiß noch nicht, welche Arbeit zu mir passt.',
		what: 'the message of A’s Einstiegsphase (no wish, Lebenshilfe decided)'
	},
	J: {
		owner: 'anna',
		text: 'Ich ziehe bald zu meiner Schwester nach Rheinfelden.',
		what: 'the message of A’s open request to St. Josefshaus'
	},
	S: { owner: 'anna', text: 'Herr Probe vom Amt', what: 'the label of A’s share link' },
	B: { owner: 'ben', text: 'Da habe ich Therapie.', what: 'the message of B’s open request' }
} as const satisfies Record<string, { owner: Identity; text: string; what: string }>;
type MarkerKey = keyof typeof markers;

// ---------------------------------------------------------------------------------------------
// Targets: which thing of the demo story a route is tried with.

interface Facts {
	annaId: string;
	qualification: string;
	entry: string;
	transition: string;
	personalGoal: string;
	busGoal: string;
	feedback: string;
	note: string;
	/** A reflection talk on Anna's Qualifizierungsphase. */
	talk: string;
	hourEntry: { id: string; date: string };
	reportId: string | null;
	benRequest: { id: string } | null;
	/** A share link of Anna's, made by the first probe that needs one in this worker. */
	share: () => Promise<{ id: string; token: string }>;
	/** Tom's account id, as the administration's list links it. */
	tomId: () => Promise<string>;
}

interface Target {
	about: string;
	params?: (facts: Facts) => Record<string, string> | Promise<Record<string, string>>;
	query?: () => string;
	/** Why the probe cannot run now, when the thing has moved on; null when it can. */
	unavailable?: (
		facts: Facts,
		as: (who: Identity) => Promise<APIRequestContext>
	) => Promise<string | null>;
}

const targets = {
	none: { about: '' },
	annaQualification: {
		about: 'Anna’s running Qualifizierungsphase',
		params: (f) => ({ id: f.qualification })
	},
	annaEntry: {
		about: 'Anna’s Einstiegsphase (asked with no wish, decided by Lebenshilfe)',
		params: (f) => ({ id: f.entry })
	},
	annaTransition: {
		about: 'Anna’s open request to St. Josefshaus',
		params: (f) => ({ id: f.transition })
	},
	benRequest: {
		about: 'Ben’s open request (no wish)',
		params: (f) => ({ id: f.benRequest?.id ?? '' }),
		// Other tests answer Ben's request or take it back; the rule is about the open request.
		unavailable: async (f, as) => {
			const exported = (await (
				await (await as('ben')).get('/documents/export.json')
			).json()) as OwnExport;
			const open = exported.bookings.some(
				(entry) => entry.id === f.benRequest?.id && entry.state === 'requested'
			);
			return open
				? null
				: 'Ben’s demo request was answered or taken back by another test meanwhile';
		}
	},
	annaHourEntry: {
		about: 'an hour entry of Anna’s',
		params: (f) => ({ id: f.qualification, entryId: f.hourEntry.id })
	},
	annaNote: {
		about: 'a progress note of Anna’s',
		params: (f) => ({ id: f.qualification, noteId: f.note })
	},
	annaTalk: {
		about: 'a reflection talk of Anna’s',
		params: (f) => ({ id: f.qualification, talkId: f.talk })
	},
	annaAgreedGoal: {
		about: 'an agreed goal of Anna’s',
		params: (f) => ({ id: f.qualification, goalId: f.busGoal })
	},
	annaFeedback: { about: 'Anna’s feedback', params: (f) => ({ id: f.feedback }) },
	annaParticipant: { about: 'Anna', params: (f) => ({ participantId: f.annaId }) },
	annaPersonalGoal: { about: 'Anna’s personal goal' },
	annaReport: { about: 'Anna’s report' },
	withAnnaShareLink: {
		about: 'after Anna made a share link',
		params: async (f) => {
			await f.share();
			return {};
		}
	},
	annaShareLink: {
		about: 'Anna’s share link',
		params: async (f) => ({ id: (await f.share()).id })
	},
	annaShareToken: {
		about: 'Anna’s valid share token',
		params: async (f) => ({ token: (await f.share()).token })
	},
	unknownToken: { about: 'an unknown token', params: () => ({ token: 'a'.repeat(32) }) },
	unknownLetter: {
		about: 'an unknown letter link',
		params: () => ({ token: 'ABCD-EFGH-JKMN-PQ' })
	},
	annaAccount: { about: 'Anna’s account', params: (f) => ({ id: f.annaId }) },
	tomAccount: { about: 'Tom’s account', params: async (f) => ({ id: await f.tomId() }) },
	transitionModule: {
		about: 'the Übergangsphase, which Anna asked for',
		params: () => ({ code: 'transition' })
	},
	stabilisationModule: {
		about: 'the Stabilisierungsphase',
		params: () => ({ code: 'stabilisation' })
	},
	lastMonth: { about: 'last month', query: () => `?month=${monthsAhead(-1)}` }
} satisfies Record<string, Target>;
type TargetName = keyof typeof targets;

// ---------------------------------------------------------------------------------------------
// The matrix of pages and endpoints. A cell says what the identity gets:
//   '-'   refused: 401, 403 or 404, or sent to the login (page data: the same)
//   '>'   a redirect somewhere (page data: a redirect)
//   '*'   any answer but a server error (what it is depends on the moment, see the comment)
//   'ok'  opens (200) and shows none of the markers
//   'aNG' opens and shows these markers; 'E?' may show E. Every marker not named, and not the
//         identity's own, must be absent from every cell's answer, also from refusals.

type Cells = [
	out: string,
	anna: string,
	ben: string,
	tom: string,
	tim: string,
	sara: string,
	jo: string,
	lea: string,
	admin: string
];
type PageRow = [route: string, target: TargetName, ...cells: Cells];

// prettier-ignore
const pageMatrix: PageRow[] = [
	// route                                          target                signed out anna        ben   tom         tim   sara  jo      lea         admin
	['/',                                             'none',               '>',       '>',        '>',  '>',        '>',  '>',  '>',    '>',        '>'],
	['/login',                                        'none',               'ok',      '>',        '>',  '>',        '>',  '>',  '>',    '>',        '>'],
	['/logout',                                       'none',               '>',       '>',        '>',  '>',        '>',  '>',  '>',    '>',        '>'],
	['/language',                                     'none',               '>',       '>',        '>',  '>',        '>',  '>',  '>',    '>',        '>'],
	['/healthz',                                      'none',               'ok',      'ok',       'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],
	['/help',                                         'none',               'ok',      'a',        'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],
	['/help/words',                                   'none',               'ok',      'a',        'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],
	['/settings',                                     'none',               'ok',      'a',        'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],
	// One's own sessions: signed in, everybody sees their own list and nothing of anyone else.
	['/settings/security',                            'none',               '-',       'a',        'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],
	['/modules',                                      'none',               'ok',      'a',        'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],
	['/modules/[code]',                               'transitionModule',   'ok',      'aJ',       'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],
	// A share link stands in for Anna for one document: whoever holds a valid token sees it.
	['/share/[token]',                                'annaShareToken',     'a',       'a',        'a',  'a',        'a',  'a',  'a',    'a',        'a'],
	['/share/[token]',                                'unknownToken',       '-',       '-',        '-',  '-',        '-',  '-',  '-',    '-',        '-'],
	['/share/[token]/document.pdf',                   'annaShareToken',     'a',       'a',        'a',  'a',        'a',  'a',  'a',    'a',        'a'],
	// An unusable token is sent back to the link's page, which explains it.
	['/share/[token]/document.pdf',                   'unknownToken',       '>',       '>',        '>',  '>',        '>',  '>',  '>',    '>',        '>'],
	// A letter link is for whoever holds the letter; an unknown one shows the same page to all.
	['/login/letter/[token]',                         'unknownLetter',      'ok',      'a',        'ok', 'ok',       'ok', 'ok', 'ok',   'ok',       'ok'],

	['/(participant)/start',                          'none',               '-',       'a',        'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/my-modules',                     'none',               '-',       'aQEJ',     'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/my-modules/[id]',                'annaQualification',  '-',       'aQ',       '-',  '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/my-modules/[id]/withdraw',       'annaTransition',     '-',       'aJ',       '-',  '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/my-modules/request-all',         'none',               '-',       'a',        'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/goals',                          'none',               '-',       'aG',       'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/hours',                          'none',               '-',       'a',        'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	// One module's hours, 3 months a page: only its own participant; Ben gets 404.
	['/(participant)/hours/[id]',                     'annaQualification',  '-',       'aH',       '-',  '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/feedback',                       'none',               '-',       'aF',       'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/documents',                      'none',               '-',       'a',        'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/documents/notes',                'none',               '-',       'aN',       'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/documents/report',               'none',               '-',       'a',        'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/documents/share',                'withAnnaShareLink',  '-',       'aS',       'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/documents/share/[id]/revoke',    'annaShareLink',      '-',       'aS',       '-',  '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/documents/access-log',           'none',               '-',       'a',        'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	['/(participant)/documents/export.json',          'none',               '-',       'aNGFHQEJ', 'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	// A PDF's text is compressed; its title (with the name) is not.
	['/(participant)/documents/documentation.pdf',    'none',               '-',       'a',        'ok', '-',        '-',  '-',  '-',    '-',        '-'],
	// 404 until the participant's own report is final, 200 after (another test may finalise Anna's).
	['/(participant)/documents/report.pdf',           'none',               '-',       '*',        '*',  '-',        '-',  '-',  '-',    '-',        '-'],

	['/provider',                                     'none',               '-',       '-',        '-',  'ok',       'ok', 'ok', 'ok',   'ok',       '-'],
	// The staff lists carry only what their rows show: names, modules, dates, states; the
	// messages and feedback texts stay on each one's own page.
	['/provider/requests',                            'none',               '-',       '-',        '-',  '-',        '-',  '-',  'a',    'ok',       '-'],
	['/provider/requests/[id]',                       'annaTransition',     '-',       '-',        '-',  '-',        '-',  '-',  'aJ',   '-',        '-'],
	// Jo was asked too (no wish), but Lebenshilfe decided: jo learns only that (finding 4).
	['/provider/requests/[id]',                       'annaEntry',          '-',       '-',        '-',  '-',        '-',  '-',  'a?',   'aEQ?',     '-'],
	['/provider/requests/[id]',                       'benRequest',         '-',       '-',        '-',  '-',        '-',  '-',  'B',    'B',        '-'],
	['/provider/bookings',                            'none',               '-',       '-',        '-',  'a',        'ok', 'ok', 'ok',   'a',        '-'],
	// The booking's own data, and A's other bookings with Lebenshilfe (E?); the request to
	// St. Josefshaus is another provider's: at most "there is one" (finding 1).
	['/provider/bookings/[id]',                       'annaQualification',  '-',       '-',        '-',  'aNGHQE?',  '-',  '-',  '-',    'aNGHQE?',  '-'],
	['/provider/bookings/[id]',                       'annaEntry',          '-',       '-',        '-',  'aEG?Q?',   '-',  '-',  '-',    'aEG?Q?',   '-'],
	// Jo may decide the request, but documents nothing of A's yet: no "Mein Ziel" (finding 2),
	// nothing of A's Lebenshilfe bookings (finding 1).
	['/provider/bookings/[id]',                       'annaTransition',     '-',       '-',        '-',  '-',        '-',  '-',  'aJ',   '-',        '-'],
	['/provider/bookings/[id]/hours/[entryId]',       'annaHourEntry',      '-',       '-',        '-',  'aHQ?',     '-',  '-',  '-',    'aHQ?',     '-'],
	['/provider/bookings/[id]/notes/[noteId]',        'annaNote',           '-',       '-',        '-',  'aNQ?',     '-',  '-',  '-',    'aNQ?',     '-'],
	// Corrections (talks, dates and trainer, goal words): for who may document the booking.
	['/provider/bookings/[id]/talks/[talkId]',        'annaTalk',           '-',       '-',        '-',  'aQ?',      '-',  '-',  '-',    'aQ?',      '-'],
	['/provider/bookings/[id]/goals/[goalId]',        'annaAgreedGoal',     '-',       '-',        '-',  'aQ?',      '-',  '-',  '-',    'aQ?',      '-'],
	['/provider/bookings/[id]/correct',               'annaQualification',  '-',       '-',        '-',  'aQ?',      '-',  '-',  '-',    'aQ?',      '-'],
	// Jo decides the open request but documents nothing of it yet: nothing to correct.
	['/provider/bookings/[id]/correct',               'annaTransition',     '-',       '-',        '-',  '-',        '-',  '-',  '-',    '-',        '-'],
	['/provider/reports',                             'none',               '-',       '-',        '-',  'a',        'ok', 'ok', 'ok',   'a',        '-'],
	['/provider/reports/[participantId]',             'annaParticipant',    '-',       '-',        '-',  'a',        '-',  '-',  '-',    'a',        '-'],
	['/provider/billing',                             'lastMonth',          '-',       '-',        '-',  '-',        '-',  '-',  'ok',   'a',        '-'],
	['/provider/billing/export.csv',                  'lastMonth',          '-',       '-',        '-',  '-',        '-',  '-',  'ok',   'a',        '-'],
	// Tim works at Anna's provider but does not train her: none of her feedback (finding 16).
	['/provider/feedback',                            'none',               '-',       '-',        '-',  'a',        'ok', 'ok', 'ok',   'a',        '-'],
	['/provider/feedback/[id]',                       'annaFeedback',       '-',       '-',        '-',  'aF',       '-',  '-',  '-',    'aF',       '-'],
	['/provider/feedback/satisfaction',               'none',               '-',       '-',        '-',  '-',        '-',  '-',  'ok',   'ok',       '-'],
	// Leads look after the accounts their provider made: Anna's was made by Lebenshilfe, Ben's
	// by St. Josefshaus (whose name is no marker). Trainers see none of it.
	['/provider/participants',                        'none',               '-',       '-',        '-',  '-',        '-',  '-',  'ok',   'a',        '-'],
	['/provider/participants/new',                    'none',               '-',       '-',        '-',  '-',        '-',  '-',  'ok',   'ok',       '-'],
	['/provider/participants/[id]',                   'annaAccount',        '-',       '-',        '-',  '-',        '-',  '-',  '-',    'a',        '-'],
	// The administration manages accounts: names, not what is written about people.
	['/admin',                                        'none',               '-',       '-',        '-',  '-',        '-',  '-',  '-',    '-',        'a'],
	['/admin/accounts/new',                           'none',               '-',       '-',        '-',  '-',        '-',  '-',  '-',    '-',        'ok'],
	['/admin/providers/new',                          'none',               '-',       '-',        '-',  '-',        '-',  '-',  '-',    '-',        'ok'],
	// The administration looks after staff accounts; a participant's is the lead's (404).
	['/admin/accounts/[id]',                          'tomAccount',         '-',       '-',        '-',  '-',        '-',  '-',  '-',    '-',        'ok'],
	['/admin/accounts/[id]',                          'annaAccount',        '-',       '-',        '-',  '-',        '-',  '-',  '-',    '-',        '-']
];

// ---------------------------------------------------------------------------------------------
// Endpoints other than GET: '+' may post (not posted: a new letter ends the person's sessions),
// '-' must be refused and change nothing.

type EndpointRow = [route: string, method: 'POST', target: TargetName, ...cells: Cells];

// prettier-ignore
const endpointMatrix: EndpointRow[] = [
	// route                                          method  target         signed out anna ben  tom  tim  sara jo   lea  admin
	['/provider/participants/[id]/letter.pdf',        'POST', 'annaAccount', '-',       '-', '-', '-', '-', '-', '-', '+', '-'],
	['/admin/accounts/[id]/letter.pdf',               'POST', 'tomAccount',  '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	// The sheet with a share link is posted with Anna's link: only Anna gets it.
	['/(participant)/documents/share/sheet.pdf',      'POST', 'none',        '-',       '+', '-', '-', '-', '-', '-', '-', '-']
];

/** What an endpoint probe posts, when the endpoint needs more than an empty form to answer. */
const endpointForms: Record<string, (facts: Facts) => Promise<Record<string, string>>> = {
	'/(participant)/documents/share/sheet.pdf': async (f) => ({
		link: `${testBaseUrl()}/share/${(await f.share()).token}`
	})
};

/** What a refused endpoint post would have changed: the person's session would have ended. */
const endpointKept: Record<string, (as: ProbeContext['as']) => Promise<unknown>> = {
	'/provider/participants/[id]/letter.pdf': async (as) =>
		(await (await as('anna')).get('/start', { maxRedirects: 0 })).status(),
	'/admin/accounts/[id]/letter.pdf': async (as) =>
		(await (await as('tom')).get('/provider', { maxRedirects: 0 })).status(),
	'/(participant)/documents/share/sheet.pdf': async (as) =>
		(await (await as('anna')).get('/documents/share', { maxRedirects: 0 })).status()
};

// ---------------------------------------------------------------------------------------------
// The matrix of form actions: '+' may act (not posted: it would change real data), '-' must be
// refused (posted with a form that passes validation, so only access stops it).

type ActionRow = [route: string, action: string, target: TargetName, ...cells: Cells];

// prettier-ignore
const actionMatrix: ActionRow[] = [
	// route                                          action          target                signed out anna ben  tom  tim  sara jo   lea  admin
	['/login',                                        'default',      'none',               '+',       '+', '+', '+', '+', '+', '+', '+', '+'],
	// Whoever holds a letter may use it (tried with unknown links in accounts.spec.ts).
	['/login/letter/[token]',                         'default',      'unknownLetter',      '+',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/logout',                                       'default',      'none',               '+',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/language',                                     'default',      'none',               '+',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/settings',                                     'default',      'none',               '+',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/settings/security',                            'endOthers',    'none',               '-',       '+', '+', '+', '+', '+', '+', '+', '+'],
	// One's own password and passkeys: each person acts on their own account only (the
	// services take the account from the session; passkeys.spec.ts tries another's passkey).
	['/settings/security',                            'changePassword','none',              '-',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/settings/security',                            'renamePasskey','none',               '-',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/settings/security',                            'removePasskey','none',               '-',       '+', '+', '+', '+', '+', '+', '+', '+'],
	// Only the administration ends someone's sessions; tried on Anna's, which must go on working.
	['/admin',                                        'endSessions',  'none',               '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	['/admin',                                        'open',         'none',               '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	// Staff accounts and providers: the administration only; never a lead, never a trainer.
	['/admin/accounts/new',                           'default',      'none',               '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	['/admin/providers/new',                          'default',      'none',               '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	['/admin/accounts/[id]',                          'update',       'tomAccount',         '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	['/admin/accounts/[id]',                          'close',        'tomAccount',         '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	['/admin/accounts/[id]',                          'reopen',       'tomAccount',         '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	['/admin/accounts/[id]',                          'unlock',       'tomAccount',         '-',       '-', '-', '-', '-', '-', '-', '-', '+'],
	// Participant accounts: leads for their own provider; Jo may not touch Anna's (Lebenshilfe's).
	['/provider/participants/new',                    'create',       'none',               '-',       '-', '-', '-', '-', '-', '+', '+', '-'],
	['/provider/participants/new',                    'suggest',      'none',               '-',       '-', '-', '-', '-', '-', '+', '+', '-'],
	['/provider/participants/[id]',                   'close',        'annaAccount',        '-',       '-', '-', '-', '-', '-', '-', '+', '-'],
	['/provider/participants/[id]',                   'reopen',       'annaAccount',        '-',       '-', '-', '-', '-', '-', '-', '+', '-'],
	['/provider/participants/[id]',                   'unlock',       'annaAccount',        '-',       '-', '-', '-', '-', '-', '-', '+', '-'],
	// A participant asks for themselves: each one's own request.
	['/modules/[code]',                               'request',      'stabilisationModule', '-',      '+', '+', '-', '-', '-', '-', '-', '-'],
	['/(participant)/my-modules/request-all',         'default',      'none',               '-',       '+', '+', '-', '-', '-', '-', '-', '-'],
	['/(participant)/my-modules/[id]/withdraw',       'default',      'annaTransition',     '-',       '+', '-', '-', '-', '-', '-', '-', '-'],
	['/(participant)/goals',                          'savePersonal', 'annaPersonalGoal',   '-',       '+', '-', '-', '-', '-', '-', '-', '-'],
	['/(participant)/goals',                          'personalState','annaPersonalGoal',   '-',       '+', '-', '-', '-', '-', '-', '-', '-'],
	['/(participant)/goals',                          'view',         'annaPersonalGoal',   '-',       '+', '-', '-', '-', '-', '-', '-', '-'],
	['/(participant)/feedback',                       'default',      'none',               '-',       '+', '+', '-', '-', '-', '-', '-', '-'],
	// Ben posts with Anna's report id (a made-up one while Anna has no report yet).
	['/(participant)/documents/report',               'comment',      'annaReport',         '-',       '+', '-', '-', '-', '-', '-', '-', '-'],
	['/(participant)/documents/share',                'default',      'none',               '-',       '+', '+', '-', '-', '-', '-', '-', '-'],
	['/(participant)/documents/share/[id]/revoke',    'default',      'annaShareLink',      '-',       '+', '-', '-', '-', '-', '-', '-', '-'],

	['/provider/requests/[id]',                       'confirm',      'annaTransition',     '-',       '-', '-', '-', '-', '-', '+', '-', '-'],
	['/provider/requests/[id]',                       'decline',      'annaTransition',     '-',       '-', '-', '-', '-', '-', '+', '-', '-'],
	['/provider/bookings/[id]',                       'advance',      'annaQualification',  '-',       '-', '-', '-', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]',                       'logHours',     'annaQualification',  '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]',                       'addNote',      'annaQualification',  '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]',                       'addGoal',      'annaQualification',  '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]',                       'updateGoal',   'annaQualification',  '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]',                       'recordTalk',   'annaQualification',  '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	// Nobody documents a request that is not agreed yet, not even the lead deciding it (finding 3).
	['/provider/bookings/[id]',                       'addNote',      'annaTransition',     '-',       '-', '-', '-', '-', '-', '-', '-', '-'],
	['/provider/bookings/[id]',                       'addGoal',      'annaTransition',     '-',       '-', '-', '-', '-', '-', '-', '-', '-'],
	['/provider/bookings/[id]',                       'recordTalk',   'annaTransition',     '-',       '-', '-', '-', '-', '-', '-', '-', '-'],
	['/provider/bookings/[id]/hours/[entryId]',       'correct',      'annaHourEntry',      '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]/hours/[entryId]',       'cancel',       'annaHourEntry',      '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]/notes/[noteId]',        'default',      'annaNote',           '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]/talks/[talkId]',        'default',      'annaTalk',           '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]/goals/[goalId]',        'default',      'annaAgreedGoal',     '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]/correct',               'dates',        'annaQualification',  '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	// Another trainer is the lead's to choose, not the trainer's.
	['/provider/bookings/[id]/correct',               'trainer',      'annaQualification',  '-',       '-', '-', '-', '-', '-', '-', '+', '-'],
	['/provider/bookings/[id]/correct',               'dates',        'annaTransition',     '-',       '-', '-', '-', '-', '-', '-', '-', '-'],
	['/provider/reports/[participantId]',             'save',         'annaParticipant',    '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/reports/[participantId]',             'correct',      'annaParticipant',    '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	// A second pair of eyes: only a lead makes the report final.
	['/provider/reports/[participantId]',             'finalise',     'annaParticipant',    '-',       '-', '-', '-', '-', '-', '-', '+', '-'],
	// Tim does not train Anna: he neither reads nor answers her feedback (finding 16).
	['/provider/feedback/[id]',                       'answer',       'annaFeedback',       '-',       '-', '-', '+', '-', '-', '-', '+', '-'],
	['/provider/feedback/[id]',                       'close',        'annaFeedback',       '-',       '-', '-', '+', '-', '-', '-', '+', '-']
];

// ---------------------------------------------------------------------------------------------
// The matrix of JSON endpoints the page's script posts to (the WebAuthn steps): '+' may post,
// '-' must be refused. Signing in with a passkey is open to everybody, like the login form.

type JsonEndpointRow = [route: string, method: string, ...cells: Cells];

// prettier-ignore
const jsonEndpointMatrix: JsonEndpointRow[] = [
	// route                                          method  signed out anna ben  tom  tim  sara jo   lea  admin
	['/login/passkey/options',                        'POST', '+',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/login/passkey',                                'POST', '+',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/settings/security/passkeys/options',           'POST', '-',       '+', '+', '+', '+', '+', '+', '+', '+'],
	['/settings/security/passkeys',                   'POST', '-',       '+', '+', '+', '+', '+', '+', '+', '+']
];

// ---------------------------------------------------------------------------------------------
// What each refused post sends, and what must stay as it was in Anna's export afterwards
// (besides: the probe's own text appears nowhere in it).

interface OwnExport {
	participant: { id: string };
	bookings: {
		id: string;
		state: string;
		message: string | null;
		trainer: string | null;
		plannedStart: string | null;
		plannedEnd: string | null;
		reflectionTalks: { id: string; heldOn: string }[];
	}[];
	goals: {
		id: string;
		kind: string;
		text: string;
		state: string;
		history: { by: string; text: string | null }[];
	}[];
	hours: {
		bookingId: string;
		entries: {
			id: string;
			date: string;
			note: string | null;
			replaces: string | null;
			cancellation: boolean;
		}[];
	}[];
	feedback: { id: string; bad: string; state: string; answers: { by: string }[] }[];
	notes: { id: string; text: string; earlierVersions: { text: string }[] }[];
	reports: { id: string; writtenBy: string; finalisedBy: string | null }[];
}

interface ProbeContext {
	facts: Facts;
	/** A text of its own per probe, to look for afterwards. */
	probe: string;
	/** A day of its own per probe, long before the demo story, for a talk that must not appear. */
	probeDay: string;
	before: OwnExport;
	who: Identity;
	as: (who: Identity) => Promise<APIRequestContext>;
}

async function html(context: APIRequestContext, path: string): Promise<string> {
	return (await context.get(path, { headers: { accept: 'text/html' } })).text();
}

/** A hidden field of a form a permitted person sees, so the refused post is as real as theirs. */
async function fieldSeenBy(
	as: ProbeContext['as'],
	who: Identity,
	path: string,
	action: string,
	name: string,
	within?: string
): Promise<string> {
	try {
		return formField(await html(await as(who), path), action, name, within);
	} catch {
		return '1';
	}
}

/** The version a correction page's own form carries, as a permitted person sees it. */
async function versionSeenBy(as: ProbeContext['as'], who: Identity, path: string): Promise<string> {
	return /name="version" value="(\d+)"/.exec(await html(await as(who), path))?.[1] ?? '1';
}

function randomEarlyDay(): string {
	const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 7000) * 86_400_000);
	return day.toISOString().slice(0, 10);
}

const newRequest = (probe: string) => ({
	wishedStartMonth: monthsAhead(1),
	wishedProvider: 'none',
	message: probe,
	requestKey: crypto.randomUUID()
});
const goal = (exported: OwnExport, id: string) => exported.goals.find((entry) => entry.id === id);
const booking = (exported: OwnExport, id: string) =>
	exported.bookings.find((entry) => entry.id === id);

const actionProbes: Record<
	string,
	{
		form: (probe: ProbeContext) => Promise<Record<string, string>> | Record<string, string>;
		kept?: (exported: OwnExport, probe: ProbeContext) => unknown;
	}
> = {
	'/settings/security?/endOthers': { form: () => ({}) },
	'/settings/security?/changePassword': {
		form: ({ probe }) => ({ currentPassword: 'anna-demo', newPassword: `${probe} Passwort` })
	},
	'/settings/security?/renamePasskey': {
		form: ({ probe }) => ({ id: 'someone-else’s-passkey', name: probe })
	},
	'/settings/security?/removePasskey': {
		form: () => ({ id: 'someone-else’s-passkey', confirm: 'yes' })
	},
	'/admin?/endSessions': {
		form: ({ facts }) => ({ userId: facts.annaId }),
		kept: async (_, { as }) =>
			(await (await as('anna')).get('/start', { maxRedirects: 0 })).status()
	},
	'/admin?/open': { form: () => ({ username: 'anna' }) },
	'/admin/accounts/new?/default': {
		form: ({ probe }) => ({
			displayName: probe,
			username: `probe-${crypto.randomUUID().slice(0, 8)}`,
			role: 'lead',
			providerId: 'lebenshilfe'
		}),
		kept: async (_, { as, probe }) =>
			(await html(await as('admin'), `/admin?q=${encodeURIComponent(probe)}`)).includes(
				`>${probe}<`
			)
	},
	'/admin/providers/new?/default': {
		form: ({ probe }) => ({ name: probe, phone: '', placeName1: probe, placeTown1: probe }),
		kept: async (_, { as, probe }) => (await html(await as('out'), '/help')).includes(probe)
	},
	'/admin/accounts/[id]?/update': {
		form: ({ probe }) => ({ displayName: probe, role: 'lead', providerId: 'josefshaus' }),
		kept: async (_, { as }) =>
			(await html(await as('admin'), '/admin?q=tom')).match(/Tom Keller|Matrix-Probe/g)
	},
	'/admin/accounts/[id]?/close': {
		form: () => ({ confirm: 'yes' }),
		kept: async (_, { as }) =>
			(await (await as('tom')).get('/provider', { maxRedirects: 0 })).status()
	},
	'/admin/accounts/[id]?/reopen': { form: () => ({}) },
	'/admin/accounts/[id]?/unlock': { form: () => ({}) },
	'/provider/participants/new?/create': {
		form: ({ probe }) => ({
			displayName: probe,
			username: `probe-${crypto.randomUUID().slice(0, 8)}`,
			locale: 'de'
		}),
		kept: async (_, { as, probe }) =>
			(
				await html(await as('lea'), `/provider/participants?q=${encodeURIComponent(probe)}`)
			).includes(`>${probe}<`)
	},
	'/provider/participants/new?/suggest': { form: ({ probe }) => ({ displayName: probe }) },
	'/provider/participants/[id]?/close': {
		form: () => ({ confirm: 'yes' }),
		kept: async (_, { as }) =>
			(await (await as('anna')).get('/start', { maxRedirects: 0 })).status()
	},
	'/provider/participants/[id]?/reopen': { form: () => ({}) },
	'/provider/participants/[id]?/unlock': { form: () => ({}) },
	'/modules/[code]?/request': { form: ({ probe }) => newRequest(probe) },
	'/(participant)/my-modules/request-all?/default': { form: ({ probe }) => newRequest(probe) },
	'/(participant)/my-modules/[id]/withdraw?/default': {
		form: () => ({}),
		kept: (exported, { facts }) => booking(exported, facts.transition)?.state
	},
	'/(participant)/goals?/savePersonal': {
		form: ({ facts, probe }) => ({ goalId: facts.personalGoal, text: probe })
	},
	'/(participant)/goals?/personalState': {
		form: ({ facts, before }) => ({
			goalId: facts.personalGoal,
			state: goal(before, facts.personalGoal)?.state === 'working' ? 'reached' : 'working'
		}),
		kept: (exported, { facts, who }) => goalTrace(exported, facts.personalGoal, who)
	},
	'/(participant)/goals?/view': {
		form: ({ facts, probe }) => ({ goalId: facts.personalGoal, text: probe })
	},
	'/(participant)/feedback?/default': {
		form: ({ probe }) => ({ rating: '3', good: probe, requestKey: crypto.randomUUID() })
	},
	'/(participant)/documents/report?/comment': {
		form: ({ facts, probe }) => ({
			reportId: facts.reportId ?? crypto.randomUUID(),
			comment: probe
		})
	},
	'/(participant)/documents/share?/default': {
		form: ({ probe }) => ({
			document: 'documentation',
			days: '7',
			label: probe,
			requestKey: crypto.randomUUID()
		}),
		// Share links are not in the export; the probe's label must not be in Anna's list either.
		kept: async (_, { as, probe }) =>
			(await html(await as('anna'), '/documents/share')).includes(probe)
	},
	'/(participant)/documents/share/[id]/revoke?/default': {
		form: () => ({}),
		kept: async (_, { as, facts }) =>
			(await (await as('out')).get(`/share/${(await facts.share()).token}`)).status()
	},
	'/provider/requests/[id]?/confirm': {
		form: async ({ as, facts }) => ({
			version: await fieldSeenBy(
				as,
				'jo',
				`/provider/requests/${facts.transition}`,
				'confirm',
				'version'
			),
			plannedStart: `${monthsAhead(1)}-01`,
			plannedEnd: `${monthsAhead(4)}-01`,
			trainerId: 'someone'
		}),
		kept: (exported, { facts }) => booking(exported, facts.transition)?.state
	},
	'/provider/requests/[id]?/decline': {
		form: async ({ as, facts, probe }) => ({
			version: await fieldSeenBy(
				as,
				'jo',
				`/provider/requests/${facts.transition}`,
				'decline',
				'version'
			),
			reason: probe,
			confirm: 'yes'
		}),
		kept: (exported, { facts }) => booking(exported, facts.transition)?.state
	},
	'/provider/bookings/[id]?/advance': {
		form: async ({ as, facts }) => ({
			version: await fieldSeenBy(
				as,
				'lea',
				`/provider/bookings/${facts.qualification}`,
				'advance',
				'version'
			),
			step: 'finish',
			confirm: 'yes'
		}),
		kept: (exported, { facts }) => booking(exported, facts.qualification)?.state
	},
	'/provider/bookings/[id]?/logHours': {
		form: ({ probe }) => ({
			date: berlinDay(-1),
			minutes: '15',
			kind: 'with_participant',
			note: probe,
			requestKey: crypto.randomUUID()
		})
	},
	'/provider/bookings/[id]?/addNote': {
		form: ({ probe }) => ({ date: berlinDay(-1), text: probe, requestKey: crypto.randomUUID() })
	},
	'/provider/bookings/[id]?/addGoal': { form: ({ probe }) => ({ text: probe }) },
	'/provider/bookings/[id]?/updateGoal': {
		form: async ({ as, facts, before, probe }) => ({
			goalId: facts.busGoal,
			version: await fieldSeenBy(
				as,
				'tom',
				`/provider/bookings/${facts.qualification}`,
				'updateGoal',
				'version',
				facts.busGoal
			),
			state: goal(before, facts.busGoal)?.state ?? 'working',
			progress: probe
		}),
		kept: (exported, { facts, who }) => goalTrace(exported, facts.busGoal, who)
	},
	'/provider/bookings/[id]?/recordTalk': {
		form: ({ probeDay }) => ({ heldOn: probeDay, nextOn: '' }),
		kept: (exported, { probeDay }) =>
			exported.bookings
				.flatMap((entry) => entry.reflectionTalks)
				.filter((talk) => talk.heldOn === probeDay).length
	},
	'/provider/bookings/[id]/hours/[entryId]?/correct': {
		form: ({ facts, probe }) => ({
			date: facts.hourEntry.date,
			minutes: '30',
			kind: 'with_participant',
			note: probe,
			reason: probe,
			requestKey: crypto.randomUUID()
		}),
		kept: (exported, { facts }) => replacementsOf(exported, facts.hourEntry.id)
	},
	'/provider/bookings/[id]/hours/[entryId]?/cancel': {
		form: ({ probe }) => ({ reason: probe, confirm: 'yes', requestKey: crypto.randomUUID() }),
		kept: (exported, { facts }) => replacementsOf(exported, facts.hourEntry.id)
	},
	'/provider/bookings/[id]/notes/[noteId]?/default': {
		form: ({ probe }) => ({ text: probe, reason: probe, requestKey: crypto.randomUUID() })
	},
	'/provider/bookings/[id]/talks/[talkId]?/default': {
		form: async ({ as, facts, probe, probeDay }) => ({
			version: await versionSeenBy(
				as,
				'tom',
				`/provider/bookings/${facts.qualification}/talks/${facts.talk}`
			),
			heldOn: probeDay,
			nextOn: '',
			summary: probe,
			reason: probe
		}),
		kept: (exported, { probeDay }) =>
			exported.bookings
				.flatMap((entry) => entry.reflectionTalks)
				.filter((talk) => talk.heldOn === probeDay).length
	},
	'/provider/bookings/[id]/goals/[goalId]?/default': {
		form: async ({ as, facts, probe }) => ({
			version: await versionSeenBy(
				as,
				'tom',
				`/provider/bookings/${facts.qualification}/goals/${facts.busGoal}`
			),
			text: probe,
			reason: probe
		}),
		kept: (exported, { facts }) => goal(exported, facts.busGoal)?.text
	},
	'/provider/bookings/[id]/correct?/dates': {
		form: async ({ as, facts, probe }) => ({
			version: await fieldSeenBy(
				as,
				'lea',
				`/provider/bookings/${facts.qualification}/correct`,
				'dates',
				'version'
			),
			plannedStart: berlinDay(-30),
			plannedEnd: berlinDay(120),
			reason: probe
		}),
		kept: (exported, { facts }) => {
			const found = booking(exported, facts.qualification);
			return [found?.plannedStart, found?.plannedEnd];
		}
	},
	'/provider/bookings/[id]/correct?/trainer': {
		form: async ({ as, facts, probe }) => ({
			version: await fieldSeenBy(
				as,
				'lea',
				`/provider/bookings/${facts.qualification}/correct`,
				'trainer',
				'version'
			),
			trainerId: 'someone',
			reason: probe
		}),
		kept: (exported, { facts }) => booking(exported, facts.qualification)?.trainer
	},
	'/provider/reports/[participantId]?/save': {
		form: async ({ as, facts, probe }) => ({
			revision: await fieldSeenBy(
				as,
				'tom',
				`/provider/reports/${facts.annaId}`,
				'save',
				'revision'
			),
			startingSituation: probe,
			course: '',
			recommendation: ''
		})
	},
	'/provider/reports/[participantId]?/correct': {
		form: () => ({}),
		kept: (exported, { who }) =>
			exported.reports.filter((report) => report.writtenBy === displayName(who)).length
	},
	'/provider/reports/[participantId]?/finalise': {
		form: async ({ as, facts }) => ({
			revision: await fieldSeenBy(
				as,
				'lea',
				`/provider/reports/${facts.annaId}`,
				'finalise',
				'revision'
			),
			confirm: 'yes'
		}),
		kept: (exported, { who }) =>
			exported.reports.filter((report) => report.finalisedBy === displayName(who)).length
	},
	'/provider/feedback/[id]?/answer': {
		form: async ({ as, facts, probe }) => ({
			version: await fieldSeenBy(
				as,
				'tom',
				`/provider/feedback/${facts.feedback}`,
				'answer',
				'version'
			),
			text: probe
		}),
		kept: (exported, { facts, who }) => answersBy(exported, facts.feedback, who)
	},
	'/provider/feedback/[id]?/close': {
		form: async ({ as, facts, probe }) => ({
			version: await fieldSeenBy(
				as,
				'tom',
				`/provider/feedback/${facts.feedback}`,
				'close',
				'version'
			),
			text: probe
		}),
		kept: (exported, { facts, who }) => answersBy(exported, facts.feedback, who)
	}
};

function replacementsOf(exported: OwnExport, entryId: string): number {
	return exported.hours
		.flatMap((hours) => hours.entries)
		.filter((entry) => entry.replaces === entryId).length;
}

// What the prober would have left, so that other tests changing the same thing meanwhile do not count.

function goalTrace(exported: OwnExport, goalId: string, who: Identity) {
	const found = goal(exported, goalId);
	return [found?.state, found?.history.filter((event) => event.by === displayName(who)).length];
}

function answersBy(exported: OwnExport, feedbackId: string, who: Identity): number {
	const found = exported.feedback.find((item) => item.id === feedbackId);
	return found?.answers.filter((answer) => answer.by === displayName(who)).length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Reading the cells.

type Expectation =
	| { kind: 'refused' | 'redirect' | 'any' }
	| { kind: 'opens'; shows: MarkerKey[]; may: MarkerKey[] };

function expectationOf(cell: string): Expectation {
	if (cell === '-') return { kind: 'refused' };
	if (cell === '>') return { kind: 'redirect' };
	if (cell === '*') return { kind: 'any' };
	if (cell === 'ok') return { kind: 'opens', shows: [], may: [] };
	const shows: MarkerKey[] = [];
	const may: MarkerKey[] = [];
	for (const [, key, optional] of cell.matchAll(/(.)(\??)/g)) {
		if (!(key! in markers)) throw new Error(`Unknown marker "${key}" in cell "${cell}"`);
		(optional ? may : shows).push(key as MarkerKey);
	}
	return { kind: 'opens', shows, may };
}

/** The markers that must be absent for `who`: everybody else's that the cell does not name. */
function forbiddenFor(who: Identity, expectation: Expectation): MarkerKey[] {
	const named = expectation.kind === 'opens' ? [...expectation.shows, ...expectation.may] : [];
	return (Object.keys(markers) as MarkerKey[]).filter(
		(key) => markers[key].owner !== who && !named.includes(key)
	);
}

function inWords(who: Identity, expectation: Expectation): string {
	const others = who === 'anna' ? 'B’s' : who === 'ben' ? 'A’s' : 'A’s or B’s';
	switch (expectation.kind) {
		case 'refused':
			return 'is refused';
		case 'redirect':
			return 'is redirected';
		case 'any':
			return `gets an answer without a server error and nothing of ${others}`;
		case 'opens':
			return expectation.shows.length === 0
				? `opens it and gets nothing of ${others}`
				: `opens it with ${expectation.shows.map((key) => markers[key].what).join(', ')}, and nothing ${who === 'anna' ? '' : 'else '}of ${others}`;
	}
}

function titleOf(route: string, target: TargetName): string {
	const about = targets[target].about;
	return about ? `${route} (${about})` : route;
}

async function addressOf(route: string, target: TargetName, facts: Facts): Promise<string> {
	const chosen: Target = targets[target];
	return pathOf(route, (await chosen.params?.(facts)) ?? {}) + (chosen.query?.() ?? '');
}

// ---------------------------------------------------------------------------------------------
// Fixtures: one signed-in context per identity and worker, and the facts of the demo story.

const test = base.extend<
	object,
	{ as: (who: Identity) => Promise<APIRequestContext>; facts: Facts }
>({
	as: [
		async ({ playwright }, use) => {
			const contexts = new Map<Identity, Promise<APIRequestContext>>();
			await use((who) => {
				if (!contexts.has(who)) contexts.set(who, contextFor(playwright, who));
				return contexts.get(who)!;
			});
			for (const context of contexts.values()) await (await context).dispose();
		},
		{ scope: 'worker' }
	],
	facts: [
		async ({ as }, use) => {
			await use(await findFacts(as));
		},
		{ scope: 'worker' }
	]
});

async function exportOf(anna: APIRequestContext): Promise<OwnExport> {
	const response = await anna.get('/documents/export.json');
	expect(response.status(), 'Anna’s own export opens').toBe(200);
	return (await response.json()) as OwnExport;
}

function found<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`The demo story has no ${what}`);
	return value;
}

/** Finds the demo story's things by their texts. */
async function findFacts(as: (who: Identity) => Promise<APIRequestContext>): Promise<Facts> {
	const anna = await as('anna');
	const exported = await exportOf(anna);
	const bookingWith = (marker: MarkerKey) =>
		found(
			exported.bookings.find((entry) => entry.message === markers[marker].text),
			`booking with ${markers[marker].what}`
		).id;
	const qualification = bookingWith('Q');
	const hours = found(
		exported.hours.find((entry) => entry.bookingId === qualification),
		'hours of the Qualifizierungsphase'
	);
	const hourEntry = found(
		hours.entries.find(
			(entry) =>
				entry.note === markers.H.text &&
				!entry.cancellation &&
				!hours.entries.some((other) => other.replaces === entry.id)
		),
		'live hour entry with the marker note'
	);
	const personal = exported.goals.filter((entry) => entry.kind === 'personal');
	const personalGoal = found(
		personal.find((entry) => entry.history.some((event) => event.text?.includes(markers.G.text))) ??
			personal[0],
		'personal goal'
	);

	const benExport = (await (
		await (await as('ben')).get('/documents/export.json')
	).json()) as OwnExport;
	const benRequest = benExport.bookings.find((entry) => entry.message?.includes(markers.B.text));

	return {
		annaId: exported.participant.id,
		qualification,
		entry: bookingWith('E'),
		transition: bookingWith('J'),
		personalGoal: personalGoal.id,
		busGoal: found(
			exported.goals.find((entry) => entry.text.startsWith('Ich fahre allein mit dem Bus')),
			'bus goal'
		).id,
		feedback: found(
			exported.feedback.find((item) => item.bad === markers.F.text),
			'feedback with the marker'
		).id,
		note: found(
			exported.notes.find(
				(note) =>
					note.text.includes(markers.N.text) ||
					note.earlierVersions.some((older) => older.text.includes(markers.N.text))
			),
			'note with the marker'
		).id,
		talk: found(
			exported.bookings.find((entry) => entry.id === qualification)?.reflectionTalks[0]?.id,
			'reflection talk on the Qualifizierungsphase'
		),
		hourEntry: { id: hourEntry.id, date: hourEntry.date },
		reportId: exported.reports[0]?.id ?? null,
		benRequest: benRequest ? { id: benRequest.id } : null,
		share: once(() => makeShareLink(anna)),
		tomId: once(async () =>
			found(
				/href="\/admin\/accounts\/([^"]+)"[^>]*>Tom Keller</.exec(
					await html(await as('admin'), '/admin?q=tom')
				)?.[1],
				'link to Tom’s account'
			)
		)
	};
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
	let made: Promise<T> | undefined;
	return () => (made ??= make());
}

async function makeShareLink(anna: APIRequestContext): Promise<{ id: string; token: string }> {
	const label = `${markers.S.text} ${crypto.randomUUID().slice(0, 8)}`;
	const made = await postForm(anna, '/documents/share', 'default', {
		document: 'documentation',
		days: '30',
		label,
		requestKey: crypto.randomUUID()
	});
	const token = found(/\/share\/([a-z2-7]{32})/.exec(made.body)?.[1], 'share token in the answer');
	const list = await html(anna, '/documents/share');
	const article = found(
		list.split('<article').find((chunk) => chunk.includes(label)),
		'share link in the list'
	);
	const shareId = found(/\/documents\/share\/([^/"]+)\/revoke/.exec(article)?.[1], 'revoke link');
	return { id: shareId, token };
}

/**
 * Every post counts against the person's write limit (30 a minute), refused ones too, and the
 * matrix posts many as one person in a short time: a 429 is the limit, not an answer about
 * access, so the probe waits for the minute to pass and asks again.
 */
async function postPatiently(
	context: APIRequestContext,
	path: string,
	action: string,
	form: Record<string, string>
) {
	let answer = await postForm(context, path, action, form);
	for (let tries = 0; answer.status === 429 && tries < 3; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 21_000));
		answer = await postForm(context, path, action, form);
	}
	return answer;
}

// ---------------------------------------------------------------------------------------------
// The tests.

const tree = readRouteTree();

test('every page, endpoint and form action in src/routes has its row in the access matrix', () => {
	// A non-GET endpoint would show here as "POST /route": give the matrix a way to post to it.
	const inTree = [
		...tree.pages.map((route) => `GET ${route}`),
		...tree.endpoints.map(({ route, method }) => `${method === 'HEAD' ? 'GET' : method} ${route}`),
		...tree.actions.map(({ route, action }) => `POST ${route}?/${action}`)
	];
	const inMatrix = [
		...pageMatrix.map(([route]) => `GET ${route}`),
		...endpointMatrix.map(([route, method]) => `${method} ${route}`),
		...jsonEndpointMatrix.map(([route, method]) => `${method} ${route}`),
		...actionMatrix.map(([route, action]) => `POST ${route}?/${action}`)
	];
	const sorted = (keys: string[]) => [...new Set(keys)].sort();
	expect(sorted(inMatrix)).toEqual(sorted(inTree));
	for (const [route, action, , ...cells] of actionMatrix) {
		if (cells.includes('-'))
			expect(actionProbes[`${route}?/${action}`], `how to post ${route}?/${action}`).toBeDefined();
	}
});

test('the probes’ form posts pass the origin check and reach the action', async ({ as }) => {
	// An empty feedback is refused by the form's own check (400), not by access or CSRF (403).
	const answer = await postForm(await as('ben'), '/feedback', 'default', {
		requestKey: crypto.randomUUID()
	});
	expect(answer.status).toBe(400);
});

test.describe('who sees what, page by page', () => {
	for (const [route, target, ...cells] of pageMatrix) {
		for (const [column, who] of identities.entries()) {
			const expectation = expectationOf(cells[column]!);
			test(`${titleOf(route, target)} — ${identityNames[who]} ${inWords(who, expectation)}`, async ({
				as,
				facts
			}) => {
				const unavailable = await (targets[target] as Target).unavailable?.(facts, as);
				test.skip(Boolean(unavailable), unavailable ?? '');
				const path = await addressOf(route, target, facts);
				const { html: page, data } = await open(await as(who), path, tree.pages.includes(route));

				expect.soft(page.status, `${path}: no server error`).toBeLessThan(500);
				if (data)
					expect.soft(dataOutcome(data), `${path}/__data.json: no server error`).not.toBe('error');
				switch (expectation.kind) {
					case 'refused':
						expect
							.soft(
								isRefusal(page),
								`${path} is refused (got ${page.status} ${page.location ?? ''})`
							)
							.toBe(true);
						if (data)
							expect
								.soft(['refused', 'login'], `${path}: its page data is refused`)
								.toContain(dataOutcome(data));
						break;
					case 'redirect':
						expect.soft(isRedirect(page), `${path} redirects (got ${page.status})`).toBe(true);
						if (data)
							expect
								.soft(['redirect', 'login'], `${path}: its page data redirects`)
								.toContain(dataOutcome(data));
						break;
					case 'opens':
						expect.soft(page.status, `${path} opens`).toBe(200);
						if (data) expect.soft(dataOutcome(data), `${path}: its page data loads`).toBe('data');
						for (const key of expectation.shows) {
							expect
								.soft(page.body, `${path} shows ${markers[key].what}`)
								.toContain(markers[key].text);
						}
						break;
					case 'any':
						break;
				}
				for (const key of forbiddenFor(who, expectation)) {
					expect
						.soft(page.body, `${markers[key].what} must not reach ${who} (${path})`)
						.not.toContain(markers[key].text);
					if (data)
						expect
							.soft(data.body, `${markers[key].what} must not reach ${who} (page data of ${path})`)
							.not.toContain(markers[key].text);
				}
			});
		}
	}
});

test.describe('who may post to an endpoint', () => {
	for (const [route, method, target, ...cells] of endpointMatrix) {
		for (const [column, who] of identities.entries()) {
			if (cells[column] !== '-') continue;
			test(`${method} ${titleOf(route, target)} — ${identityNames[who]} is refused and nothing changes`, async ({
				as,
				facts
			}) => {
				const path = await addressOf(route, target, facts);
				const keptBefore = await endpointKept[route]!(as);
				test.setTimeout(120_000);
				const form = (await endpointForms[route]?.(facts)) ?? {};
				const answer = await postPatiently(await as(who), path, 'default', form);
				expect.soft(answer.status, `${path}: no server error`).toBeLessThan(500);
				expect.soft(isRefusal(answer), `${path} is refused (got ${answer.status})`).toBe(true);
				expect.soft(answer.body, `${path}: no letter`).not.toContain('%PDF');
				expect
					.soft(await endpointKept[route]!(as), 'the person is still signed in')
					.toEqual(keptBefore);
			});
		}
	}
});

test.describe('who may act, action by action', () => {
	for (const [route, action, target, ...cells] of actionMatrix) {
		for (const [column, who] of identities.entries()) {
			if (cells[column] !== '-') continue;
			test(`${titleOf(route, target)} ?/${action} — ${identityNames[who]} is refused and nothing changes`, async ({
				as,
				facts
			}) => {
				const path = await addressOf(route, target, facts);
				const anna = await as('anna');
				const probes = actionProbes[`${route}?/${action}`]!;
				const before = await exportOf(anna);
				const context: ProbeContext = {
					facts,
					probe: `Matrix-Probe ${crypto.randomUUID().slice(0, 8)}`,
					probeDay: randomEarlyDay(),
					before,
					who,
					as
				};
				const keptBefore = await probes.kept?.(before, context);
				const form = await probes.form(context);

				test.setTimeout(120_000);
				const answer = await postPatiently(await as(who), path, action, form);
				expect.soft(answer.status, `${path}?/${action}: no server error`).toBeLessThan(500);
				expect
					.soft(
						isRefusal(answer),
						`${path}?/${action} is refused (got ${answer.status} ${answer.location ?? ''})`
					)
					.toBe(true);

				const after = await exportOf(anna);
				expect
					.soft(JSON.stringify(after), 'the probe’s text is nowhere in Anna’s data')
					.not.toContain(context.probe);
				if (probes.kept)
					expect
						.soft(await probes.kept(after, context), 'what the action would change is as it was')
						.toEqual(keptBefore);
			});
		}
	}
});

test.describe('who may post to the JSON endpoints', () => {
	for (const [route, method, ...cells] of jsonEndpointMatrix) {
		for (const [column, who] of identities.entries()) {
			if (cells[column] !== '-') continue;
			test(`${method} ${route} — ${identityNames[who]} is refused`, async ({ as }) => {
				const context = await as(who);
				const response = await context.fetch(route, {
					method,
					data: { name: 'Matrix-Probe', response: {} },
					headers: { 'content-type': 'application/json', accept: 'application/json' },
					maxRedirects: 0
				});
				const answer = {
					url: response.url(),
					status: response.status(),
					location: response.headers()['location'] ?? null,
					body: await response.text()
				};
				expect.soft(answer.status, `${route}: no server error`).toBeLessThan(500);
				// A script's request is sent to the login as JSON (see handleRouteAccess).
				const toLogin = (() => {
					try {
						return dataOutcome(answer) === 'login';
					} catch {
						return false;
					}
				})();
				expect
					.soft(
						isRefusal(answer) || toLogin,
						`${route} is refused (got ${answer.status} ${answer.location ?? ''} ${answer.body.slice(0, 80)})`
					)
					.toBe(true);
				expect.soft(answer.body, `${route}: no challenge for ${who}`).not.toContain('challenge');
			});
		}
	}
});
