import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AppDatabase, SCHEMA_VERSIONS } from './db';
import { onDatabaseCreated, storedSchemaVersion } from './stored-database';

const LATEST = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
let counter = 0;
const aName = () => `schema-${(counter += 1)}-${Date.now()}`;

/** Each table with its primary key and indexes, as IndexedDB stores them. */
async function storedSchema(name: string): Promise<Record<string, string[]>> {
	const raw = await new Promise<IDBDatabase>((resolve, reject) => {
		const req = indexedDB.open(name);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error(`cannot open ${name}`));
	});
	const tables = [...raw.objectStoreNames];
	const tx = raw.transaction(tables);
	const schema = Object.fromEntries(
		tables.map((t) => {
			const store = tx.objectStore(t);
			return [t, [String(store.keyPath), ...[...store.indexNames].sort()]];
		})
	);
	raw.close();
	return schema;
}

describe('schema versions', () => {
	it('creates a new database at the latest version', async () => {
		const name = aName();
		expect(await storedSchemaVersion(name)).toBeNull();
		const db = new AppDatabase(name);
		await db.open();
		expect(db.verno).toBe(LATEST);
		db.close();
		expect(await storedSchemaVersion(name)).toBe(LATEST);
	});

	it('tells other tabs when it creates the database, and only then', async () => {
		const name = aName();
		let heard = 0;
		const stop = onDatabaseCreated(() => (heard += 1), name);
		const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
		const made = new AppDatabase(name);
		await made.open();
		made.close();
		await settled();
		expect(heard).toBe(1);
		const again = new AppDatabase(name);
		await again.open();
		again.close();
		await settled();
		expect(heard).toBe(1);
		stop();
	});

	it('upgrades a version-1 database through every version to the schema a new one gets', async () => {
		const fresh = aName();
		const made = new AppDatabase(fresh);
		await made.open();
		made.close();

		const old = aName();
		const first = new AppDatabase(
			old,
			SCHEMA_VERSIONS.filter((v) => v.version === 1)
		);
		await first.table('cards').put({ id: 'kefu:recall', itemId: 'kefu', due: 1 });
		first.close();
		expect(await storedSchemaVersion(old)).toBe(1);

		const upgraded = new AppDatabase(old);
		expect(await upgraded.cards.get('kefu:recall')).toMatchObject({ itemId: 'kefu' });
		upgraded.close();
		expect(await storedSchemaVersion(old)).toBe(LATEST);
		expect(await storedSchema(old)).toEqual(await storedSchema(fresh));
	});

	it('runs the data upgrades of the versions after the stored one', async () => {
		const name = aName();
		const older = new AppDatabase(
			name,
			SCHEMA_VERSIONS.filter((v) => v.version <= 6)
		);
		await older.reviewBlocks.add({
			lastAt: 30,
			cardIds: ['a:recall'],
			card: Uint32Array.from([0, 0]),
			ids: Float64Array.from([1, 2]),
			grade: Uint8Array.from([3, 4]),
			reviewedAt: Float64Array.from([20, 30]),
			source: Uint8Array.from([0, 0]),
			durationMs: Float64Array.from([1, 1]),
			stateBefore: Uint8Array.from([0, 2]),
			scheduledDays: Float64Array.from([0, 1])
		} as never);
		older.close();

		const upgraded = new AppDatabase(name);
		// Version 7 counted each block's answers and gathered each card's history.
		expect(await upgraded.reviewBlocks.toArray()).toMatchObject([{ size: 2, firstAt: 20 }]);
		expect(Array.from((await upgraded.cardHistories.get('a:recall'))!.grade)).toEqual([3, 4]);
		upgraded.close();
	});

	it('opens a database already at the latest version with its data', async () => {
		const name = aName();
		const first = new AppDatabase(name);
		await first.meta.put({ key: 'k', value: 1 });
		first.close();
		const again = new AppDatabase(name);
		expect(await again.meta.get('k')).toEqual({ key: 'k', value: 1 });
		again.close();
	});
});
