/** Runs integrity checks, rebuilds and restores in a worker; falls back to this thread where workers are missing. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { BackupError } from './backup-format';
import { database } from './db';
import type { IntegrityReport } from './integrity';
import {
	runIntegrityHere,
	type IntegrityReply,
	type IntegrityRequest,
	type IntegrityTask
} from './integrity-jobs';

/** Replays the log in a worker; `rebuild` rewrites every card that differs from it. */
export function runIntegrity(job: IntegrityTask, settings: SchedulerSettings): Promise<IntegrityReport> {
	if (typeof Worker === 'undefined') return runIntegrityHere(job, settings);
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('../workers/integrity.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<IntegrityReply>) => {
			worker.terminate();
			if (event.data.ok) resolve(event.data.report);
			else reject(event.data.backupError ? new BackupError(event.data.error) : new Error(event.data.error));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message));
		};
		const request: IntegrityRequest = { job, settings: structuredClone(settings), dbName: database().name };
		worker.postMessage(request);
	});
}
