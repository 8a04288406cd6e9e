/** The class dashboard: learners' reports grouped by assignment, class rosters, and the teacher's edits to both. */
import { createContext } from 'svelte';
import { loadStudyContent, type StudyContent } from '$lib/content/study';
import { LiveQuery } from '$lib/data/live.svelte';
import {
	classReports,
	removeLearnerReports,
	removeReport,
	removeReportsFor,
	type UnreadableReport
} from '$lib/data/report-repository';
import { addToRoster, allRosters, saveRoster } from '$lib/data/roster-repository';
import { classView, type AssignmentView } from '$lib/domain/sharing/class-view';

export type { UnreadableReport } from '$lib/data/report-repository';

export interface ClassData {
	views: AssignmentView[];
	/** stored reports this version cannot read, kept so the teacher decides */
	unreadable: UnreadableReport[];
	content: StudyContent;
	/** class name → the learners the teacher expects */
	rosters: Map<string, string[]>;
}

async function loadClass(now: number): Promise<ClassData> {
	const [stored, content, rosters] = await Promise.all([classReports(now), loadStudyContent(), allRosters()]);
	return { views: classView(stored.reports), unreadable: stored.unreadable, content, rosters };
}

export class ClassBoard {
	#live = new LiveQuery(() => loadClass(Date.now()));

	/** The dashboard, or undefined until the first read; it follows every saved report and roster. */
	get current(): ClassData | undefined {
		return this.#live.current;
	}
	get error(): unknown {
		return this.#live.error;
	}

	/** Removes one learner's reports for one assignment. */
	async removeLearner(assignmentId: string, learnerId: string): Promise<void> {
		await removeLearnerReports(assignmentId, learnerId);
	}
	/** Removes every report for an assignment. */
	async forgetAssignment(assignmentId: string): Promise<void> {
		await removeReportsFor(assignmentId);
	}
	/** Removes a stored report that cannot be read. */
	async removeUnreadable(row: UnreadableReport): Promise<void> {
		await removeReport(row.key);
	}
	/** Adds a learner who sent a report to the class's roster. */
	async admitToRoster(className: string, learner: string): Promise<void> {
		await addToRoster(className, learner);
	}
	/** Replaces the class's roster; throws when a name is unusable. */
	async saveRoster(className: string, names: readonly string[]): Promise<void> {
		await saveRoster(className, names);
	}
}

export const [getClassBoard, setClassBoard] = createContext<ClassBoard>();
