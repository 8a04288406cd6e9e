/** The jobs the integrity worker does; the page runs them itself where workers are missing. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import type { BackupProblem } from './backup-format';
import { previewRestore, type RestorePreview } from './backup-preview';
import { restoreBackup, restoreSnapshot } from './backup-restore';
import { checkIntegrity, rebuildFromLog, type IntegrityReport } from './integrity';
import { storeAndReschedule } from './reschedule';

/**
 * What to replay the log for: check it, rebuild the cards from it, store new settings and reschedule,
 * restore a backup, or put back the copy kept before a restore. `now` is epoch ms.
 */
export type IntegrityTask =
	| 'check'
	| 'rebuild'
	| 'reschedule'
	| { task: 'restore'; text: string; now: number }
	| { task: 'snapshot'; id: number; now: number };

/** Reading a backup and comparing it with what is stored, before the learner agrees to restore it. */
export type PreviewTask = { task: 'preview'; text: string; now: number };

export type IntegrityRequest = {
	job: IntegrityTask | PreviewTask;
	settings: SchedulerSettings;
	dbName: string;
};
export type IntegrityReply =
	| { ok: true; result: IntegrityReport | RestorePreview; ms: number }
	| { ok: false; error: string; backupProblem: BackupProblem | null; quota: boolean };

/** Does the task on this thread, against the shared database. */
export function runIntegrityHere(job: IntegrityTask, settings: SchedulerSettings): Promise<IntegrityReport> {
	if (job === 'check') return checkIntegrity(settings);
	if (job === 'rebuild') return rebuildFromLog(settings);
	// The settings are stored with the cards they reschedule.
	if (job === 'reschedule') return storeAndReschedule(settings);
	if (job.task === 'snapshot') return restoreSnapshot(job.id, settings, job.now);
	return restoreBackup(job.text, settings, job.now);
}

/** Either kind of job, on this thread. */
export function runJobHere(
	job: IntegrityTask | PreviewTask,
	settings: SchedulerSettings
): Promise<IntegrityReport | RestorePreview> {
	return typeof job === 'object' && job.task === 'preview'
		? previewRestore(job.text, job.now)
		: runIntegrityHere(job, settings);
}
