import 'fake-indexeddb/auto';
import { AppDatabase, DB_NAME, SCHEMA_VERSIONS, useDatabase } from '../../src/lib/data/db';

let counter = 0;

/** A fresh, empty database in fake-indexeddb, installed as the shared one. */
export function aFreshDatabase(): AppDatabase {
	counter += 1;
	const db = new AppDatabase(`test-${counter}-${Date.now()}`);
	useDatabase(db);
	return db;
}

/** The app's own database by its real name, for code that asks the browser whether it is stored. */
export function theAppDatabase(): AppDatabase {
	const db = new AppDatabase(DB_NAME);
	useDatabase(db);
	return db;
}

/**
 * A database stored at the older schema `version`, filled by `fill` and closed again; the returned
 * one opens it at the latest version, so the upgrades after `version` run on first use.
 */
export async function upgradedFrom(
	version: number,
	fill: (older: AppDatabase) => Promise<unknown>
): Promise<AppDatabase> {
	counter += 1;
	const name = `test-v${version}-${counter}-${Date.now()}`;
	const older = new AppDatabase(
		name,
		SCHEMA_VERSIONS.filter((v) => v.version <= version)
	);
	await fill(older);
	older.close();
	return new AppDatabase(name);
}
