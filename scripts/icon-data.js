// `node scripts/icon-data.js`: writes the drawings the portal uses, taken from @lucide/svelte,
// as one SVG sprite (src/lib/components/icons.svg, a <symbol> per meaning) and the list of
// their names (src/lib/components/icon-names.ts). Icon.svelte points into the sprite with
// <use>, so a page carries a short reference per icon and the browser loads the drawings once.
// Run it after adding a meaning here or updating @lucide/svelte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Pictograms by meaning, so pages name what they show, not which drawing. */
const meanings = {
	back: 'arrow-left',
	glossary: 'book-open',
	done: 'circle-check',
	help: 'circle-help',
	hours: 'clock',
	documents: 'file-text',
	start: 'house',
	info: 'info',
	language: 'languages',
	password: 'lock',
	login: 'log-in',
	logout: 'log-out',
	feedback: 'message-circle',
	modules: 'puzzle',
	admin: 'shield',
	goals: 'target',
	warning: 'triangle-alert',
	person: 'user',
	team: 'users',
	anchor: 'anchor',
	next: 'arrow-right',
	calendar: 'calendar',
	running: 'circle-play',
	declined: 'circle-x',
	door: 'door-open',
	finished: 'flag',
	learn: 'graduation-cap',
	handshake: 'handshake',
	waiting: 'hourglass',
	requests: 'inbox',
	bookings: 'list-checks',
	route: 'route',
	shieldCheck: 'shield-check',
	withdrawn: 'undo-2',
	chart: 'chart-column',
	rating1: 'face-angry',
	rating2: 'face-slightly-frowning',
	rating3: 'face-neutral',
	rating4: 'face-slightly-smiling',
	rating5: 'face-grinning',
	copy: 'copy',
	download: 'download',
	eye: 'eye',
	data: 'file-braces',
	report: 'file-check',
	notes: 'notebook-pen',
	share: 'share-2',
	settings: 'settings',
	contrast: 'contrast',
	textSize: 'a-large-small',
	readAloud: 'volume-2',
	pause: 'pause',
	play: 'play',
	stop: 'circle-stop',
	wallet: 'wallet',
	funder: 'landmark',
	provider: 'building-2',
	icf: 'clipboard-list',
	reflection: 'messages-square',
	agreement: 'signature',
	work: 'briefcase',
	trustedPerson: 'user-check',
	device: 'monitor-smartphone',
	passkey: 'key-round',
	menu: 'menu',
	print: 'printer'
};

const escape = (value) =>
	String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The drawing's shapes as SVG markup, as @lucide/svelte's Icon.svelte renders them. */
function drawing(file) {
	const folder = join(root, 'node_modules/@lucide/svelte/dist/icons');
	// Old names (circle-help) are a one-line module that points to the drawing's new name.
	const alias = readFileSync(join(folder, `${file}.js`), 'utf8').match(/from "\.\/(.+)\.svelte"/);
	const source = readFileSync(join(folder, `${alias ? alias[1] : file}.svelte`), 'utf8');
	const data = JSON.parse(/const iconData = (\{.*\});/.exec(source)[1]);
	return data.node
		.map(
			([tag, attributes]) =>
				`<${tag}${Object.entries(attributes)
					.map(([name, value]) => ` ${name}="${escape(value)}"`)
					.join('')}/>`
		)
		.join('');
}

const components = join(root, 'src/lib/components');
// Lucide's stroke style sits in the sprite, so a page's reference to an icon stays short.
const stroke =
	'fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"';
const symbols = Object.entries(meanings).map(
	([meaning, file]) =>
		`<symbol id="${meaning}" viewBox="0 0 24 24"><g ${stroke}>${drawing(file)}</g></symbol>`
);
writeFileSync(
	join(components, 'icons.svg'),
	`<svg xmlns="http://www.w3.org/2000/svg">\n<!-- Made by scripts/icon-data.js from @lucide/svelte (ISC licence); do not edit. -->\n${symbols.join('\n')}\n</svg>\n`
);
writeFileSync(
	join(components, 'icon-names.ts'),
	`// Made by \`node scripts/icon-data.js\`: the symbols in icons.svg; do not edit.\n` +
		`export const iconNames = [\n${Object.keys(meanings)
			.map((meaning) => `\t'${meaning}'`)
			.join(',\n')}\n] as const;\n`
);
