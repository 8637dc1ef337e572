import type { PortalDocument } from './document-model';
import { renderPdf } from './render';

/** A PDF download that no shared cache keeps: it holds personal data. */
export async function pdfResponse(document: PortalDocument, filename: string): Promise<Response> {
	const pdf = await renderPdf(document);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}
