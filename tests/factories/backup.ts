/** Backup documents for unit tests. */
import { BACKUP_FORMAT, type Backup } from '../../src/lib/data/backup-format';

export const BACKUP_T0 = Date.UTC(2026, 10, 2, 9, 0);

/** A small valid backup: one answered card and its one answer, taken at BACKUP_T0; `overrides` replace whole fields. */
export function aBackupDocument(overrides: Partial<Backup> = {}): Backup {
	const t0 = BACKUP_T0;
	return {
		format: BACKUP_FORMAT,
		version: 2,
		exportedAt: t0,
		cards: [
			{
				id: 'kefu:recall',
				itemId: 'kefu',
				template: 'recall',
				due: t0 + 600_000,
				stability: 2.3,
				difficulty: 5.1,
				elapsed_days: 0,
				scheduled_days: 0,
				learning_steps: 1,
				reps: 1,
				lapses: 0,
				state: 1,
				last_review: t0,
				suspended: 0,
				buriedUntil: 0
			}
		],
		reviews: {
			sources: ['review'],
			cardIds: ['kefu:recall'],
			card: [0],
			id: [1],
			grade: [3],
			reviewedAt: [t0],
			source: [0],
			durationMs: [3000],
			stateBefore: [0],
			scheduledDays: [0]
		},
		meta: [],
		mistakes: [],
		...overrides
	};
}
