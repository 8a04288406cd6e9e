/**
 * Whether this browser holds no database yet. A screen whose reads would all come back empty can
 * then answer them without loading the database code; once a database exists the answer stays no.
 */
import { storedSchemaVersion } from '$lib/data/stored-database';

let seen = false;

export async function nothingStored(): Promise<boolean> {
	if (seen) return false;
	const empty = (await storedSchemaVersion()) === null;
	seen = !empty;
	return empty;
}

/** `read()` once something is stored; until then `empty`, the answer an empty database would give. */
export async function storedOr<T>(empty: T, read: () => Promise<T>): Promise<T> {
	return (await nothingStored()) ? empty : read();
}
