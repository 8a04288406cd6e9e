/** The jobs the integrity worker does; the page runs them itself where workers are missing. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { restoreBackup } from './backup-restore';
import { checkIntegrity, rebuildFromLog, type IntegrityReport } from './integrity';
import { storeAndReschedule } from './reschedule';

/** What to replay the log for: check it, rebuild the cards from it, store new settings and reschedule, or restore a backup. */
export type IntegrityTask =
	'check' | 'rebuild' | 'reschedule' | { task: 'restore'; text: string; /** epoch ms */ now: number };

export type IntegrityRequest = { job: IntegrityTask; settings: SchedulerSettings; dbName: string };
export type IntegrityReply =
	{ ok: true; report: IntegrityReport; ms: number } | { ok: false; error: string; backupError: boolean };

/** Does the task on this thread, against the shared database. */
export function runIntegrityHere(job: IntegrityTask, settings: SchedulerSettings): Promise<IntegrityReport> {
	if (job === 'check') return checkIntegrity(settings);
	if (job === 'rebuild') return rebuildFromLog(settings);
	// The settings are stored with the cards they reschedule.
	if (job === 'reschedule') return storeAndReschedule(settings);
	return restoreBackup(job.text, settings, job.now);
}
