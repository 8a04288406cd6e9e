/**
 * Checks cards against a replay of their log in a worker of its own where the browser allows it
 * (../workers/log-check.worker.ts), else on this thread. A restore starts it before its
 * transaction and reads the answer once its writes are done.
 */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import type { CardRow } from './db';
import { compareWithLog } from './integrity';
import type { ReviewLog } from './review-log';

export interface LogCheckRequest {
	cards: readonly CardRow[];
	log: ReviewLog;
	settings: SchedulerSettings;
	/** epoch ms */
	now: number;
}

/** The ids of the cards that differ from a replay of the log, as compareWithLog gives them. */
export function checkAgainstLog(request: LogCheckRequest): Promise<string[]> {
	const here = () => compareWithLog(request.cards, request.log, request.settings, undefined, request.now);
	if (typeof Worker === 'undefined') return Promise.resolve().then(here);
	return new Promise((resolve) => {
		const worker = new Worker(new URL('../workers/log-check.worker.ts', import.meta.url), { type: 'module' });
		const done = (ids: string[]) => {
			worker.terminate();
			resolve(ids);
		};
		worker.onmessage = (event: MessageEvent<string[]>) => done(event.data);
		// A worker that cannot start or fails leaves the check to this thread.
		worker.onerror = (event) => {
			event.preventDefault();
			done(here());
		};
		worker.postMessage(request);
	});
}
