/**
 * The stats worker: opens its own connection to the app's database, reads the review log in
 * columns, aggregates it and posts one StatsReport back, so none of that runs on the main thread.
 */
import { AppDatabase } from '$lib/data/db';
import { computeStats, type StatsWorkerMessage, type StatsWorkerRequest } from '$lib/data/stats-reader';

const send = (message: StatsWorkerMessage) => postMessage(message);

async function run({ dbName, ...request }: StatsWorkerRequest): Promise<void> {
	const db = new AppDatabase(dbName);
	try {
		const onProgress = (loaded: number, total: number) => send({ type: 'progress', loaded, total });
		const { timings, ...report } = await computeStats(request, db, onProgress, true);
		send({ type: 'done', report, timings });
	} catch (error) {
		send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	} finally {
		// Never hold the database open: it would block another tab's schema upgrade.
		db.close();
	}
}

addEventListener('message', (event: MessageEvent<StatsWorkerRequest>) => {
	void run(event.data);
});
