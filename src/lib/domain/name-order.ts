/**
 * How staff lists order people by name: as German dictionaries and phone books do (DIN 5007,
 * variant 1): ä with a, ö with o, ü with u, ß as ss, a letter with an accent with its plain
 * letter, and capitals like small letters ("de Vries" among the D, "Özdemir" among the O).
 *
 * The lists sort in SQLite, through an index, so the rule is also an SQL expression
 * (`nameOrderSql`, the generated `participant_name_order` columns). SQLite's lower() knows only
 * A–Z, so every other capital is folded here by name, one replace() each. SQLite's parser takes
 * about 30 nested calls, so the folds are the letters most names here have: German, Turkish,
 * the Balkans, Poland, é and ñ. Other letters with accents sort after z. Changing the folds
 * needs a migration that changes those columns; `name-order.spec.ts` holds the two forms to
 * each other.
 */
export const nameOrderFolds: readonly (readonly [string, string])[] = [
	...fold('a', 'ä', 'Ä'),
	...fold('o', 'ö', 'Ö'),
	...fold('u', 'ü', 'Ü'),
	['ß', 'ss'],
	...fold('e', 'é', 'É'),
	...fold('c', 'çčć', 'ÇČĆ'),
	...fold('s', 'şš', 'ŞŠ'),
	...fold('z', 'ž', 'Ž'),
	...fold('g', 'ğ', ''),
	...fold('i', 'ı', 'İ'),
	...fold('l', 'ł', 'Ł'),
	...fold('n', 'ñ', '')
];

function fold(plain: string, small: string, capital: string): [string, string][] {
	return [...small, ...capital].map((letter) => [letter, plain]);
}

/** A name's place in a staff list; names with the same key are then ordered as written. */
export function nameOrderKey(name: string): string {
	let key = name;
	for (const [letter, plain] of nameOrderFolds) key = key.replaceAll(letter, plain);
	// Like SQLite's lower(): A–Z only, every other letter was folded above.
	return key.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** The same rule in SQL, over a column (quoted, e.g. `"participant_name"`): literals only. */
export function nameOrderSql(column: string): string {
	return nameOrderFolds.reduce(
		(inner, [letter, plain]) => `replace(${inner}, '${letter}', '${plain}')`,
		`lower(${column})`
	);
}
