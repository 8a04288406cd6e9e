/** What this browser has stored, asked of IndexedDB itself, so a page can decide before loading Dexie. */

/** The one database's name (`db.ts` opens it). */
export const DB_NAME = 'kehu-chinese';

let inUse = DB_NAME;

/** The name of the database this page uses: DB_NAME, or the one tests and the bench swap in. */
export function databaseInUse(): string {
	return inUse;
}

/** Called by `db.ts` when tests or the bench swap in another database. */
export function setDatabaseInUse(name: string): void {
	inUse = name;
}

/**
 * The schema version the database `name` is stored at (Dexie keeps version v as IndexedDB version
 * 10·v); null when this browser holds no such database, undefined when the browser cannot tell.
 */
export async function storedSchemaVersion(name = databaseInUse()): Promise<number | null | undefined> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
	try {
		const stored = (await indexedDB.databases()).find((d) => d.name === name);
		return stored?.version === undefined ? null : stored.version / 10;
	} catch {
		return undefined;
	}
}

const channelName = (name: string) => `${name}:created`;

/**
 * Calls `listener` when a tab of this app creates the database `name`, so that a page which found
 * nothing stored can start reading once there is something to read. Returns the unsubscribe.
 */
export function onDatabaseCreated(listener: () => void, name = databaseInUse()): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(channelName(name));
	channel.onmessage = () => listener();
	return () => channel.close();
}

/** Tells every tab that the database `name` now exists (`db.ts` calls it once it has created it). */
export function announceDatabaseCreated(name = DB_NAME): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(channelName(name));
	channel.postMessage(null);
	channel.close();
}
