import 'fake-indexeddb/auto';
import { AppDatabase, useDatabase } from '../../src/lib/data/db';

let counter = 0;

/** A fresh, empty database in fake-indexeddb, installed as the shared one. */
export function aFreshDatabase(): AppDatabase {
	counter += 1;
	const db = new AppDatabase(`test-${counter}-${Date.now()}`);
	useDatabase(db);
	return db;
}
