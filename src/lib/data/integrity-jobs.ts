/** The jobs the integrity worker does; the page runs them itself where workers are missing. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { restoreBackup } from './backup-restore';
import { checkIntegrity, rebuildFromLog, type IntegrityReport } from './integrity';

/** What to replay the log for: check it, rebuild the cards from it, or restore a backup and check that. */
export type IntegrityTask =
	'check' | 'rebuild' | { task: 'restore'; text: string; /** epoch ms */ now: number };

export type IntegrityRequest = { job: IntegrityTask; settings: SchedulerSettings; dbName: string };
export type IntegrityReply =
	{ ok: true; report: IntegrityReport; ms: number } | { ok: false; error: string; backupError: boolean };

/** Does the task on this thread, against the shared database. */
export function runIntegrityHere(job: IntegrityTask, settings: SchedulerSettings): Promise<IntegrityReport> {
	if (job === 'check') return checkIntegrity(settings);
	if (job === 'rebuild') return rebuildFromLog(settings);
	return restoreBackup(job.text, settings, job.now);
}
