/**
 * A CSV that German spreadsheet programs open as they are: UTF-8 with a byte order mark,
 * semicolons between fields, and a decimal comma.
 */

export interface BillingLine {
	participantName: string;
	moduleName: string;
	moduleCode: string;
	minutes: number;
}

const byteOrderMark = '\uFEFF';

function field(value: string): string {
	// Quote what could break the row or be read as a formula by a spreadsheet.
	const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[";\r\n]/.test(guarded) || guarded !== value
		? `"${guarded.replaceAll('"', '""')}"`
		: guarded;
}

/** Hours with two decimals and a decimal comma: 90 minutes → "1,50". */
export function hoursWithComma(minutes: number): string {
	return (minutes / 60).toFixed(2).replace('.', ',');
}

export function billingCsv(
	month: string,
	lines: readonly BillingLine[],
	headers: readonly string[]
): string {
	const rows = [
		headers.map(field).join(';'),
		...lines.map((line) =>
			[month, line.participantName, line.moduleName, line.moduleCode, hoursWithComma(line.minutes)]
				.map(field)
				.join(';')
		)
	];
	return byteOrderMark + rows.join('\r\n') + '\r\n';
}
