/// <reference lib="webworker" />
/**
 * Replays the whole review log off the main thread: checks stored card states against it, rewrites
 * them from it, or restores a backup and checks that. The page stays responsive at a million reviews.
 */
import { BackupError } from '$lib/data/backup-format';
import { AppDatabase, useDatabase } from '$lib/data/db';
import { runIntegrityHere, type IntegrityReply, type IntegrityRequest } from '$lib/data/integrity-jobs';

self.onmessage = async (event: MessageEvent<IntegrityRequest>) => {
	const started = performance.now();
	useDatabase(new AppDatabase(event.data.dbName));
	let reply: IntegrityReply;
	try {
		const report = await runIntegrityHere(event.data.job, event.data.settings);
		reply = { ok: true, report, ms: performance.now() - started };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		reply = { ok: false, error: message, backupError: error instanceof BackupError };
	}
	postMessage(reply);
};
