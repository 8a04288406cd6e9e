/** Persistent-storage status, so the app can ask the browser not to evict progress and warn when it may. */
export interface StorageStatus {
	/** true when the browser promised not to evict this site's data */
	persisted: boolean;
	/** bytes used and available, when the browser reports them */
	usage?: number;
	quota?: number;
}

/** Asks for persistent storage (browsers may grant it silently or after engagement). */
export async function requestPersistence(): Promise<boolean> {
	if (!navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}

export async function storageStatus(): Promise<StorageStatus> {
	if (!navigator.storage?.persisted) return { persisted: false };
	const [persisted, estimate] = await Promise.all([
		navigator.storage.persisted(),
		navigator.storage.estimate?.() ?? Promise.resolve({} as StorageEstimate)
	]);
	return {
		persisted,
		...(estimate.usage !== undefined && { usage: estimate.usage }),
		...(estimate.quota !== undefined && { quota: estimate.quota })
	};
}

/** True for errors that mean the disk or quota is full, so the UI can say so plainly. */
export function isQuotaError(error: unknown): boolean {
	const name = (error as { name?: string; inner?: { name?: string } } | null)?.name ?? '';
	const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
	return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}
