/**
 * Reads an assignment or report from a link's code or a file, in a worker: inflating and validating an
 * untrusted document never runs on the main thread. Where there are no workers (Node tests) it reads here.
 */
import {
	decodeDocument,
	FILE_LIMIT,
	readDocumentText,
	ShareError,
	type ShareErrorCode
} from '$lib/domain/sharing/codec';
import type { ShareDocument, ShareKind } from '$lib/domain/sharing/documents';

export type ShareReadRequest =
	{ kind: ShareKind; source: 'code'; code: string } | { kind: ShareKind; source: 'file'; file: Blob };

export type ShareReadReply =
	{ ok: true; doc: ShareDocument } | { ok: false; code: ShareErrorCode; detail: string };

/** The reading itself: the same code in the worker and, without workers, here. */
export async function readShareHere(request: ShareReadRequest): Promise<ShareReadReply> {
	try {
		if (request.source === 'code') return { ok: true, doc: decodeDocument(request.code, request.kind) };
		// A file larger than the cap is refused by its size, never read into memory.
		if (request.file.size > FILE_LIMIT) throw new ShareError('too-large', `${request.file.size} bytes`);
		return { ok: true, doc: readDocumentText(await request.file.text(), request.kind) };
	} catch (e) {
		const error = e instanceof ShareError ? e : new ShareError('corrupt', 'unreadable');
		return { ok: false, code: error.code, detail: error.detail };
	}
}

/** Reads a document in a fresh worker; rejects with the ShareError that says why it was refused. */
export async function readShare<K extends ShareKind>(
	request: ShareReadRequest & { kind: K }
): Promise<Extract<ShareDocument, { kind: K }>> {
	const reply =
		typeof Worker === 'undefined'
			? await readShareHere(request)
			: await new Promise<ShareReadReply>((resolve) => {
					const worker = new Worker(new URL('../workers/share.worker.ts', import.meta.url), {
						type: 'module'
					});
					const done = (r: ShareReadReply) => {
						worker.terminate();
						resolve(r);
					};
					worker.onmessage = (event: MessageEvent<ShareReadReply>) => done(event.data);
					worker.onerror = () => done({ ok: false, code: 'corrupt', detail: 'the reader stopped' });
					worker.postMessage(request);
				});
	if (!reply.ok) throw new ShareError(reply.code, reply.detail);
	return reply.doc as Extract<ShareDocument, { kind: K }>;
}
