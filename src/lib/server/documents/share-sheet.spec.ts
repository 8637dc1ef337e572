import { describe, expect, it } from 'vitest';
import { qrSvg, shareSheetDocument, shareToken } from './share-sheet';

const origin = 'https://portal.example.org';
const link = `${origin}/share/${'a'.repeat(32)}`;
const shared = {
	linkId: 'l1',
	participantId: 'p1',
	participantName: 'Anna Berger',
	document: 'documentation' as const,
	reportId: null,
	expiresAt: new Date('2027-03-12T10:00:00Z')
};

describe('share sheet', () => {
	it('reads the token only from a share address of this portal', () => {
		expect(shareToken(link, origin)).toBe('a'.repeat(32));
		expect(shareToken(`https://evil.example/share/${'a'.repeat(32)}`, origin)).toBeNull();
		expect(shareToken('', origin)).toBeNull();
	});

	it('holds the link as text, a QR code and the end date, in the reader’s language', () => {
		const sheet = shareSheetDocument(link, shared, 'en');
		expect(sheet.lang).toBe('en');
		expect(sheet.largePrint).toBe(true);
		const texts = sheet.blocks.flatMap((block) =>
			block.kind === 'paragraph' || block.kind === 'heading'
				? [block.text]
				: block.kind === 'list'
					? block.items
					: block.kind === 'facts'
						? block.items.map((item) => item.value)
						: []
		);
		expect(texts).toContain(link);
		expect(texts.join(' ')).toContain('12 March 2027');
		expect(sheet.blocks.some((block) => block.kind === 'matrix')).toBe(true);
	});

	it('draws the QR code as one path of squares with its quiet zone', () => {
		const { size, path } = qrSvg(link);
		expect(size).toBeGreaterThan(21 + 8);
		expect(path).toMatch(/^M\d+ \d+h1v1h-1z/);
	});
});
