import 'fake-indexeddb/auto';
import { AppDatabase, DB_NAME, useDatabase } from '../../src/lib/data/db';

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
