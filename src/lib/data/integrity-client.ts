/** Runs integrity checks, rebuilds, restores and restore previews in a worker; falls back to this thread where workers are missing. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { BackupError } from './backup-format';
import type { RestorePreview } from './backup-preview';
import { database } from './db';
import type { IntegrityReport } from './integrity';
import {
	runJobHere,
	type IntegrityReply,
	type IntegrityRequest,
	type IntegrityTask,
	type PreviewTask
} from './integrity-jobs';

/** An error from the worker, rebuilt so callers can tell a bad file and a full disk from the rest. */
function replyError(reply: Extract<IntegrityReply, { ok: false }>): Error {
	if (reply.backupProblem) return new BackupError(reply.backupProblem, reply.error);
	const error = new Error(reply.error);
	if (reply.quota) error.name = 'QuotaExceededError';
	return error;
}

function runJob(
	job: IntegrityTask | PreviewTask,
	settings: SchedulerSettings
): Promise<IntegrityReport | RestorePreview> {
	if (typeof Worker === 'undefined') return runJobHere(job, settings);
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('../workers/integrity.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<IntegrityReply>) => {
			worker.terminate();
			if (event.data.ok) resolve(event.data.result);
			else reject(replyError(event.data));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message));
		};
		const request: IntegrityRequest = { job, settings: structuredClone(settings), dbName: database().name };
		worker.postMessage(request);
	});
}

/** Replays the log in a worker; `rebuild` rewrites every card that differs from it. */
export async function runIntegrity(
	job: IntegrityTask,
	settings: SchedulerSettings
): Promise<IntegrityReport> {
	return (await runJob(job, settings)) as IntegrityReport;
}

/** Reads a backup in a worker and compares it with what is stored; throws BackupError when it is bad. */
export async function previewBackup(
	text: string,
	settings: SchedulerSettings,
	now = Date.now()
): Promise<RestorePreview> {
	return (await runJob({ task: 'preview', text, now }, settings)) as RestorePreview;
}
