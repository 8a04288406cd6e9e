/** The backup section's work: export, a previewed restore and its undo, the log check, and storage status. */
import { BackupError } from '$lib/data/backup-format';
import type { RestorePreview } from '$lib/data/backup-preview';
import {
	exportBackup,
	importBackup,
	latestSnapshot,
	undoRestore,
	type SnapshotInfo
} from '$lib/data/backup-repository';
import type { IntegrityReport } from '$lib/data/integrity';
import { previewBackup, runIntegrity } from '$lib/data/integrity-client';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { isQuotaError, requestPersistence, storageStatus, type StorageStatus } from '$lib/data/storage';
import { backupFileName } from './backup-file-name';
import { backupProblem } from '../i18n/problems';
import type { Translate } from '../i18n/messages';

export type { LogSummary, RestorePreview } from '$lib/data/backup-preview';
export type { IntegrityReport } from '$lib/data/integrity';
export type { SnapshotInfo } from '$lib/data/backup-repository';

/** Backup files larger than this are refused before they are read. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** Hands a finished file to the browser (a download in the app, a spy in tests). */
export type SaveFile = (name: string, text: string, type: string) => void;

export class BackupDesk {
	#t: Translate;
	#save: SaveFile;
	#status = $state<StorageStatus | null>(null);
	#busy = $state(false);
	#message = $state('');
	#error = $state('');
	#report = $state<IntegrityReport | null>(null);
	#pending = $state.raw<{ text: string; preview: RestorePreview } | null>(null);
	#kept = $state<SnapshotInfo | null>(null);

	constructor(t: Translate, save: SaveFile) {
		this.#t = t;
		this.#save = save;
	}

	/** The browser's storage status: persisted or not, and how full. */
	get status(): StorageStatus | null {
		return this.#status;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** What the last action did, in the interface language. */
	get message(): string {
		return this.#message;
	}
	/** Why the last action failed, in the interface language. */
	get error(): string {
		return this.#error;
	}
	/** The last restore, undo or log check, card by card. */
	get report(): IntegrityReport | null {
		return this.#report;
	}
	/** A read backup waiting for the learner to confirm it. */
	get preview(): RestorePreview | null {
		return this.#pending?.preview ?? null;
	}
	/** The snapshot kept before the last restore, which undo brings back. */
	get kept(): SnapshotInfo | null {
		return this.#kept;
	}

	/** Reads the storage status and the kept snapshot. */
	async load(): Promise<void> {
		const [status, kept] = await Promise.all([storageStatus(), latestSnapshot()]);
		this.#status = status;
		this.#kept = kept;
	}

	/** Saves every table as one JSON file named by the day of `now` (epoch ms). */
	download = (now = Date.now()) =>
		this.#run(async () => {
			const backup = await exportBackup(now);
			this.#save(backupFileName(now), JSON.stringify(backup), 'application/json');
			this.#message = this.#t('settings.backup.exported', { reviews: backup.reviews.id.length });
		});

	/** Reads a chosen backup file and shows what restoring it would change; nothing is written yet. */
	chooseFile = (file: Blob) =>
		this.#run(async () => {
			this.#pending = null;
			this.#report = null;
			if (file.size > MAX_BACKUP_BYTES) throw new BackupError({ code: 'too-big' }, `${file.size} bytes`);
			this.#message = this.#t('restore.reading');
			const text = await file.text();
			const preview = await previewBackup(text, await loadSchedulerSettings());
			this.#message = '';
			this.#pending = { text, preview };
		});

	/** Applies the previewed backup in one transaction, keeping a snapshot to undo it. */
	confirmRestore = () =>
		this.#run(async () => {
			const pending = this.#pending;
			if (!pending) return;
			this.#message = this.#t('restore.writing');
			const report = await importBackup(pending.text, await loadSchedulerSettings());
			this.#report = report;
			this.#pending = null;
			this.#kept = await latestSnapshot();
			this.#message = this.#t('settings.backup.restored', { reviews: report.reviewsReplayed });
		});

	cancelRestore = () => {
		this.#pending = null;
		this.#message = this.#t('restore.cancelled');
	};

	/** Puts back what the last restore replaced. */
	undoRestore = () =>
		this.#run(async () => {
			const kept = this.#kept;
			if (!kept) return;
			const report = await undoRestore(kept.id, await loadSchedulerSettings());
			this.#report = report;
			this.#kept = await latestSnapshot();
			this.#message = this.#t('restore.undone', { count: report.reviewsReplayed });
		});

	/** Replays the review log and compares it with every stored card. */
	checkLog = () =>
		this.#run(async () => {
			this.#message = this.#t('settings.integrity.checking');
			this.#report = await runIntegrity('check', await loadSchedulerSettings());
			this.#message = '';
		});

	/** Rewrites every card that differs from what its review log says. */
	rebuildFromLog = () =>
		this.#run(async () => {
			this.#message = this.#t('settings.integrity.rebuilding');
			this.#report = await runIntegrity('rebuild', await loadSchedulerSettings());
			this.#message = '';
		});

	/** Asks the browser again not to evict this device's progress. */
	keepData = () =>
		this.#run(async () => {
			await requestPersistence();
			this.#status = await storageStatus();
		});

	async #run(task: () => Promise<void>): Promise<void> {
		this.#busy = true;
		this.#message = '';
		this.#error = '';
		try {
			await task();
		} catch (e) {
			this.#error =
				e instanceof BackupError
					? backupProblem(this.#t, e.problem)
					: isQuotaError(e)
						? this.#t('settings.backup.full')
						: this.#t('settings.backup.failed');
		} finally {
			this.#busy = false;
		}
	}
}
