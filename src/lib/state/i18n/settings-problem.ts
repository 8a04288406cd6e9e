/** Words a refused setting in the interface language; apart from other problems, so a page loads only its own words. */
import type { InvalidSettingsError, SchedulerSettings } from '$lib/domain/scheduling/types';
import type { MessageKey, Translate } from './messages';

/**
 * "Learning steps (e.g. 1m 10m): “0m” is not a step like 1m, 6h or 1d" in either language. The
 * form that was refused names its fields (`labels`), so a page loads only its own words.
 */
export function settingsProblem(
	t: Translate,
	error: InvalidSettingsError,
	labels: Partial<Record<keyof SchedulerSettings, MessageKey>>
): string {
	const p = error.problem;
	const problem =
		p.code === 'range'
			? t('problem.settings.range', { min: p.min, max: p.max })
			: p.code === 'step'
				? t('problem.settings.step', { step: p.step })
				: t(`problem.settings.${p.code}`);
	const label = error.field && labels[error.field];
	return label ? t('problem.settings.field', { field: t(label), problem }) : problem;
}
