import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font as the plain TrueType/OpenType file it wraps (W3C WOFF 1.0, section 4-5).
 * fontkit reads WOFF, but inflates a table again each time it reads from it: subsetting the
 * glyphs for one PDF inflated the whole glyph table per glyph, two thirds of a PDF's time.
 * Unpacked once at start, the same glyphs go into the PDF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, index) => {
		const entry = 44 + index * 20;
		const offset = woff.readUInt32BE(entry + 4);
		const compLength = woff.readUInt32BE(entry + 8);
		const origLength = woff.readUInt32BE(entry + 12);
		const stored = woff.subarray(offset, offset + compLength);
		return {
			tag: woff.readUInt32BE(entry),
			checksum: woff.readUInt32BE(entry + 16),
			data: compLength < origLength ? inflateSync(stored) : stored
		};
	});
	// The offset table's search fields, as the OpenType spec defines them.
	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	const headerLength = 12 + numTables * 16;
	const padded = (length: number) => (length + 3) & ~3;
	const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength);
	const sfnt = Buffer.alloc(total);
	sfnt.writeUInt32BE(flavor, 0);
	sfnt.writeUInt16BE(numTables, 4);
	sfnt.writeUInt16BE(searchRange, 6);
	sfnt.writeUInt16BE(entrySelector, 8);
	sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);
	let offset = headerLength;
	tables.forEach((table, index) => {
		const record = 12 + index * 16;
		sfnt.writeUInt32BE(table.tag, record);
		sfnt.writeUInt32BE(table.checksum, record + 4);
		sfnt.writeUInt32BE(offset, record + 8);
		sfnt.writeUInt32BE(table.data.length, record + 12);
		table.data.copy(sfnt, offset);
		offset += padded(table.data.length);
	});
	return sfnt;
}
