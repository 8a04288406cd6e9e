/** The learner's scheduler settings as screens read them: the saved ones, validated, or the defaults. */
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';

export function loadStudySettings(): Promise<SchedulerSettings> {
	return loadSchedulerSettings();
}
