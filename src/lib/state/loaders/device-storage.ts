/** Keeping this device's progress safe: persistent storage, and hearing that another tab upgraded the database. */
import { onClosedByUpgrade } from '$lib/data/connection-events';
import { requestPersistence } from '$lib/data/storage';

/** Calls `listener` once another tab's upgrade has closed this tab's database; returns the unsubscribe. */
export function onDatabaseUpgradedElsewhere(listener: () => void): () => void {
	return onClosedByUpgrade(listener);
}

/** Asks the browser not to evict progress; false when it refuses or cannot promise it. */
export function askToKeepData(): Promise<boolean> {
	return requestPersistence().catch(() => false);
}
