/** Lets screens hear that another tab's upgrade closed this tab's database, without loading Dexie. */
const closedListeners = new Set<() => void>();

/** Called when another tab upgrades the database and this tab's connection has been closed. */
export function onClosedByUpgrade(listener: () => void): () => void {
	closedListeners.add(listener);
	return () => closedListeners.delete(listener);
}

export function announceClosedByUpgrade(): void {
	closedListeners.forEach((listener) => listener());
}
