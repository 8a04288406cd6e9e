/// <reference lib="webworker" />
/**
 * Replays a restored backup's log against its cards beside the restore, which runs in the
 * integrity worker: the check and the writes then use two cores instead of taking turns on one.
 */
import { compareWithLog } from '$lib/data/integrity';
import type { LogCheckRequest } from '$lib/data/log-check';

self.onmessage = (event: MessageEvent<LogCheckRequest>) => {
	const { cards, log, settings, now } = event.data;
	postMessage(compareWithLog(cards, log, settings, undefined, now));
};
