/** The learner's deck size and the workload worker, kept apart from the runes class. */
import { deckCardIds, loadStudyContent } from '$lib/content/study';
import { customDecksForStudy } from '$lib/data/custom-deck-repository';
import type { WorkloadCurve, WorkloadInput } from '$lib/domain/optimizer/workload';

export interface WorkloadRequest extends WorkloadInput {
	seed: number;
}

/** Cards across the built-in and the learner's own decks, each counted once. */
export async function deckSize(): Promise<number> {
	const [content, custom] = await Promise.all([loadStudyContent(), customDecksForStudy()]);
	const ids = new Set(content.decks.flatMap((d) => deckCardIds(d, content.items)));
	for (const deck of custom) for (const id of deck.cardIds) ids.add(id);
	return ids.size;
}

/** Runs one simulation in a fresh worker; null when the worker fails. */
export async function simulateWorkload(request: WorkloadRequest): Promise<WorkloadCurve | null> {
	const worker = new Worker(new URL('../../workers/workload.worker.ts', import.meta.url), {
		type: 'module'
	});
	const curve = await new Promise<WorkloadCurve | null>((done) => {
		worker.onmessage = ({ data }: MessageEvent<WorkloadCurve>) => done(data);
		worker.onerror = () => done(null);
		worker.postMessage(request);
	});
	worker.terminate();
	return curve;
}
