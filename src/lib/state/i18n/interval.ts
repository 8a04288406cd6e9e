/** The interval on a grade button in the interface language: "10m", "1.5h" / "10分钟", "1.5小时". */
import type { Interval } from '$lib/domain/scheduling/scheduler';
import type { Preferences } from '../runes/preferences.svelte';

export function intervalText(prefs: Pick<Preferences, 't' | 'oneDecimal'>, interval: Interval): string {
	if (interval.unit === 'underMinute') return prefs.t('grade.interval.underMinute');
	return prefs.t(`grade.interval.${interval.unit}`, { n: prefs.oneDecimal(interval.count) });
}
