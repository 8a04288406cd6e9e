/** What this browser has stored, asked of IndexedDB itself, so a page can decide before loading Dexie. */

/** The one database's name (`db.ts` opens it). */
export const DB_NAME = 'kehu-chinese';

/**
 * The schema version the database `name` is stored at (Dexie keeps version v as IndexedDB version
 * 10·v); null when this browser holds no such database, undefined when the browser cannot tell.
 */
export async function storedSchemaVersion(name = DB_NAME): Promise<number | null | undefined> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
	try {
		const stored = (await indexedDB.databases()).find((d) => d.name === name);
		return stored?.version === undefined ? null : stored.version / 10;
	} catch {
		return undefined;
	}
}
