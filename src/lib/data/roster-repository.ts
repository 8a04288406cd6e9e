/**
 * Class rosters: the learners a teacher expects to report, by class name. Kept on this device in the
 * meta table (so backups carry them), read defensively since a backup may hold anything there.
 */
import { cleanRoster } from '$lib/domain/sharing/roster';
import { database } from './db';

const PREFIX = 'roster:';

/** Every class's roster, by class name. */
export async function allRosters(): Promise<Map<string, string[]>> {
	const rows = await database().meta.where('key').startsWith(PREFIX).toArray();
	return new Map(
		rows.map((r) => [r.key.slice(PREFIX.length), cleanRoster(Array.isArray(r.value) ? r.value : [])])
	);
}

/** Sets a class's roster; an empty list removes it. */
export async function saveRoster(className: string, names: readonly unknown[]): Promise<void> {
	const roster = cleanRoster(names);
	const key = `${PREFIX}${className}`;
	if (roster.length === 0) await database().meta.delete(key);
	else await database().meta.put({ key, value: roster });
}

/** Adds one learner to a class's roster. */
export async function addToRoster(className: string, name: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.meta, async () => {
		const current = (await allRosters()).get(className) ?? [];
		await saveRoster(className, [...current, name]);
	});
}
