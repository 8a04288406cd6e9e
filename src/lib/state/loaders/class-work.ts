/** The learner's side of class work as screens ask for it: accept an assignment, report progress on it. */
import { resolveParts } from '$lib/content/assignment-parts';
import type { StudyContent } from '$lib/content/study';
import { acceptAssignment, reportFor, saveLearnerName, savedLearner } from '$lib/data/assignment-repository';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import type { Assignment, Report } from '$lib/domain/sharing/documents';

/** Keeps an opened assignment on this device; says whether it is new or replaced an earlier copy. */
export function keepAssignment(doc: Assignment, now: number): Promise<'added' | 'updated'> {
	return acceptAssignment(doc, now);
}

/** The name the learner signed the last report with, or null before the first. */
export async function savedLearnerName(): Promise<string | null> {
	return (await savedLearner())?.name ?? null;
}

/**
 * The learner's report on `doc` at `now` (epoch ms), signed with `name`, which is saved for next time;
 * `newId` makes the learner's id on the first report only.
 */
export async function makeReport(
	doc: Assignment,
	content: StudyContent,
	name: string,
	now: number,
	newId: () => string
): Promise<Report> {
	const learner = await saveLearnerName(name, newId);
	const settings = await loadSchedulerSettings();
	return reportFor(doc, resolveParts(doc, content), learner, now, settings.leechThreshold);
}
