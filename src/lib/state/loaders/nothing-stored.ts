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
