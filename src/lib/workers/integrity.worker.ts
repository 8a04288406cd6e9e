/// <reference lib="webworker" />
/**
 * Replays the whole review log off the main thread: checks stored card states against it, rewrites
 * them from it, or reads, previews and restores a backup. The page stays responsive at a million reviews.
 */
import { BackupError } from '$lib/data/backup-format';
import { AppDatabase, useDatabase } from '$lib/data/db';
import { runJobHere, type IntegrityReply, type IntegrityRequest } from '$lib/data/integrity-jobs';
import { isQuotaError } from '$lib/data/storage';

self.onmessage = async (event: MessageEvent<IntegrityRequest>) => {
	const started = performance.now();
	useDatabase(new AppDatabase(event.data.dbName));
	let reply: IntegrityReply;
	try {
		const result = await runJobHere(event.data.job, event.data.settings);
		reply = { ok: true, result, ms: performance.now() - started };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		reply = {
			ok: false,
			error: message,
			backupProblem: error instanceof BackupError ? error.problem : null,
			quota: isQuotaError(error)
		};
	}
	postMessage(reply);
};
