import type { Actor } from '../access';
import { clockNow } from '../clock';
import { pdfResponse } from '../pdf/response';
import { letterDocument } from './letter-pdf';
import { makeLoginLetter } from './letters';

/** Makes a new letter and answers with its PDF; the code exists only in this answer. */
export async function letterResponse(
	actor: Actor,
	targetId: string,
	origin: string,
	ip: string
): Promise<Response> {
	const letter = await makeLoginLetter(actor, targetId, { ip }, clockNow());
	return pdfResponse(letterDocument(letter, origin), `login-letter-${letter.account.username}.pdf`);
}
