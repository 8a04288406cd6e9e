/** The name a backup saved at `now` (epoch ms) is given: the app and the UTC day, so files sort by date. */
export function backupFileName(now: number): string {
	return `kehu-chinese-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
