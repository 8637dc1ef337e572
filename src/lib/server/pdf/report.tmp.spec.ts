import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderPdf } from './render';
it('report', async () => {
	const doc = {
		title: 'Förderplan – Anna Müller', lang: 'de', author: 'Beratung Passt·genau',
		pageLabel: (p: number, n: number) => `Seite ${p} von ${n}`,
		blocks: [
			{ kind: 'heading' as const, level: 1 as const, text: 'Förderplan für Anna Müller' },
			{ kind: 'paragraph' as const, text: 'In der Einstiegs·phase übt Anna täglich – mit Geduld und Spaß.' },
			{ kind: 'list' as const, items: ['Selbstständig einkaufen', 'Fahrplan lesen'] },
			{ kind: 'facts' as const, items: [{ label: 'Name', value: 'Anna Müller' }] },
			{ kind: 'table' as const, caption: 'Alle Termine', headers: ['Nr.', 'Thema'], rows: Array.from({ length: 300 }, (_, i) => [String(i + 1), `Termin·thema ${i + 1}`]) },
			...Array.from({ length: 50 }, (_, i) => ({ kind: 'paragraph' as const, text: `Absatz ${i + 1}: `.concat('Größere Übungen folgen später. '.repeat(5)) })),
		]
	};
	await renderPdf(doc);
	for (let i = 0; i < 3; i++) { const t = performance.now(); const b = await renderPdf(doc); console.log('ms', Math.round(performance.now() - t), b.length); writeFileSync('/tmp/report.pdf', b); }
});
