/** Words the problem codes of backups, RFM cut points and the simulator in the interface language. */
import type { BackupProblem } from '$lib/data/backup-format';
import type { SimulatorFault } from '$lib/domain/crm/fault';
import type { Translate } from './messages';

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
