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
import { checkDocumentDates } from '$lib/domain/sharing/share-dates';

/** `now` (epoch ms) is the clock the document's dates are judged by. */
export type ShareReadRequest = { kind: ShareKind; now: number } & (
	{ source: 'code'; code: string } | { source: 'file'; file: Blob }
);

export type ShareReadReply =
	{ ok: true; doc: ShareDocument } | { ok: false; code: ShareErrorCode; detail: string };

/** The reading itself: the same code in the worker and, without workers, here. */
export async function readShareHere(request: ShareReadRequest): Promise<ShareReadReply> {
	try {
		return { ok: true, doc: checkDocumentDates(await readWhole(request), request.now) };
	} catch (e) {
		const error = e instanceof ShareError ? e : new ShareError('corrupt', 'unreadable');
		return { ok: false, code: error.code, detail: error.detail };
	}
}

async function readWhole(request: ShareReadRequest): Promise<ShareDocument> {
	if (request.source === 'code') return decodeDocument(request.code, request.kind);
	// A file larger than the cap is refused by its size, never read into memory.
	if (request.file.size > FILE_LIMIT) throw new ShareError('too-large', `${request.file.size} bytes`);
	return readDocumentText(await request.file.text(), request.kind);
}

/** One worker that reads documents one after another; a failed worker answers every later read as corrupt. */
function shareWorker(): { read: (r: ShareReadRequest) => Promise<ShareReadReply>; close: () => void } {
	if (typeof Worker === 'undefined') return { read: readShareHere, close: () => {} };
	const worker = new Worker(new URL('../../workers/share.worker.ts', import.meta.url), { type: 'module' });
	let broken = false;
	let queue = Promise.resolve<unknown>(null);
	const once = (request: ShareReadRequest) =>
		new Promise<ShareReadReply>((resolve) => {
			if (broken) return resolve({ ok: false, code: 'corrupt', detail: 'the reader stopped' });
			worker.onmessage = (event: MessageEvent<ShareReadReply>) => resolve(event.data);
			worker.onerror = () => {
				broken = true;
				resolve({ ok: false, code: 'corrupt', detail: 'the reader stopped' });
			};
			worker.postMessage(request);
		});
	return {
		read(request) {
			const next = queue.then(() => once(request));
			queue = next;
			return next;
		},
		close: () => worker.terminate()
	};
}

function unwrap<K extends ShareKind>(reply: ShareReadReply): Extract<ShareDocument, { kind: K }> {
	if (!reply.ok) throw new ShareError(reply.code, reply.detail);
	return reply.doc as Extract<ShareDocument, { kind: K }>;
}

/** Reads a document in a fresh worker; rejects with the ShareError that says why it was refused. */
export async function readShare<K extends ShareKind>(
	request: ShareReadRequest & { kind: K }
): Promise<Extract<ShareDocument, { kind: K }>> {
	const reader = shareWorker();
	try {
		return unwrap<K>(await reader.read(request));
	} finally {
		reader.close();
	}
}

/** Reads many documents in one worker, one after another: each gets its document or its ShareError. */
export async function readShares<K extends ShareKind>(
	requests: readonly (ShareReadRequest & { kind: K })[]
): Promise<(Extract<ShareDocument, { kind: K }> | ShareError)[]> {
	const reader = shareWorker();
	try {
		const replies = await Promise.all(requests.map((r) => reader.read(r)));
		return replies.map((reply) => (reply.ok ? unwrap<K>(reply) : new ShareError(reply.code, reply.detail)));
	} finally {
		reader.close();
	}
}
