/** Words the problem codes of settings, RFM cut points and the simulator in the interface language. */
import type { BackupProblem } from '$lib/data/backup-format';
import type { SimulatorFault } from '$lib/domain/crm/fault';
import type { InvalidSettingsError, SchedulerSettings } from '$lib/domain/scheduling/types';
import type { MessageKey, Translate } from './messages';

const FIELD_LABELS: Partial<Record<keyof SchedulerSettings, MessageKey>> = {
	desiredRetention: 'settings.study.retention',
	newPerDay: 'settings.study.newPerDay',
	reviewsPerDay: 'settings.study.reviewsPerDay',
	learningSteps: 'settings.study.learningSteps',
	relearningSteps: 'settings.study.relearningSteps',
	dayRolloverHour: 'settings.study.rollover',
	maximumIntervalDays: 'settings.study.maxInterval',
	leechThreshold: 'settings.study.leech',
	enableFuzz: 'settings.study.fuzz',
	burySiblings: 'settings.study.burySiblings'
};

/** "Learning steps (e.g. 1m 10m): “0m” is not a step like 1m, 6h or 1d" in either language. */
export function settingsProblem(t: Translate, error: InvalidSettingsError): string {
	const p = error.problem;
	const problem =
		p.code === 'range'
			? t('problem.settings.range', { min: p.min, max: p.max })
			: p.code === 'step'
				? t('problem.settings.step', { step: p.step })
				: t(`problem.settings.${p.code}`);
	const label = error.field && FIELD_LABELS[error.field];
	return label ? t('problem.settings.field', { field: t(label), problem }) : problem;
}

/** Why the simulator refused a request. */
export function simulatorProblem(t: Translate, fault: SimulatorFault): string {
	switch (fault.code) {
		case 'rfmCuts':
			return t('problem.rfm.cuts', { axis: fault.axis });
		case 'customers':
			return t('problem.sim.customers', { min: fault.min, max: fault.max });
		case 'noDataset':
			return t('problem.sim.noDataset');
		case 'failed':
			return t('problem.sim.failed');
	}
}

/** Why a backup cannot be restored; a damaged value is named by its path in the file. */
export function backupProblem(t: Translate, problem: BackupProblem): string {
	if (problem.code === 'too-big') return t('settings.backup.tooBig');
	if (problem.code !== 'damaged') return t(`problem.backup.${problem.code}`);
	return problem.where
		? t('problem.backup.damagedAt', { where: problem.where })
		: t('problem.backup.damaged');
}
