/// <reference lib="webworker" />
/** Simulates a year of reviews at each desired retention, off the page's thread. */
import { seededRandom } from '$lib/domain/practice/random';
import { retentionWorkload } from '$lib/domain/optimizer/workload';
import type { WorkloadRequest } from '$lib/state/loaders/workload-client';

self.onmessage = ({ data }: MessageEvent<WorkloadRequest>) => {
	const { seed, ...input } = data;
	postMessage(retentionWorkload(input, seededRandom(seed)));
};
