import { describe, expect, it } from 'vitest';
import { validateSchedulerSettings } from '$lib/domain/scheduling/settings-schema';
import { InvalidSettingsError } from '$lib/domain/scheduling/types';
import { rfmScores } from '$lib/domain/crm/rfm';
import { faultOf, type SimulatorFault } from '$lib/domain/crm/fault';
import { MESSAGES, translator } from './all';
import { BackupError, parseBackup } from '$lib/data/backup-format';
import { SETTINGS_LABELS } from '../runes/study-settings-form.svelte';
import { backupProblem, simulatorProblem } from './problems';
import { settingsProblem } from './settings-problem';

const in_ = translator;

function refusal(input: unknown): InvalidSettingsError {
	try {
		validateSchedulerSettings(input);
	} catch (e) {
		if (e instanceof InvalidSettingsError) return e;
	}
	throw new Error('accepted');
}

describe('settingsProblem', () => {
	it('names the field by its label, never its internal name', () => {
		const e = refusal({ learningSteps: ['0m'] });
		expect(settingsProblem(in_('en'), e, SETTINGS_LABELS)).toBe(
			'Learning steps (e.g. 1m 10m): “0m” is not a step like 1m, 6h or 1d'
		);
		expect(settingsProblem(in_('zh'), e, SETTINGS_LABELS)).toBe(
			'学习步长（如 1m 10m）：“0m”不是有效的步长（如 1m、6h、1d）'
		);
		expect(settingsProblem(in_('zh'), e, SETTINGS_LABELS)).not.toMatch(/learningSteps/);
	});

	it('gives the bounds of a number out of range', () => {
		expect(settingsProblem(in_('zh'), refusal({ leechThreshold: 0 }), SETTINGS_LABELS)).toBe(
			'遗忘多少次算“顽固卡”：必须在1到99之间'
		);
	});
});

describe('simulatorProblem', () => {
	it('words bad RFM cut points in Chinese without English', () => {
		const values = { recency: [1], frequency: [1], monetary: [1] };
		let fault: SimulatorFault = { code: 'failed' };
		try {
			rfmScores(values as never, {
				kind: 'thresholds',
				recency: [1, 2, 3, 4],
				frequency: [4, 3, 2, 1],
				monetary: [1, 2, 3, 4]
			});
		} catch (e) {
			fault = faultOf(e);
		}
		expect(fault).toEqual({ code: 'rfmCuts', axis: 'F' });
		expect(simulatorProblem(in_('zh'), fault)).toBe('F需要四个依次递增的分界点。');
	});
});

describe('backupProblem', () => {
	const refusal = (text: string): BackupError => {
		try {
			parseBackup(text, 0);
		} catch (e) {
			if (e instanceof BackupError) return e;
		}
		throw new Error('accepted');
	};

	it('words a file that is not a backup in either language', () => {
		const e = refusal('{"cut short');
		expect(backupProblem(in_('zh'), e.problem)).toBe(MESSAGES.zh['problem.backup.not-json']);
		expect(backupProblem(in_('en'), e.problem)).toMatch(/not valid JSON/);
	});

	it('names where a backup is damaged without English words in Chinese', () => {
		const e = refusal(JSON.stringify({ format: 'kehu-chinese-backup', version: 2, cards: 'x' }));
		const chinese = backupProblem(in_('zh'), e.problem);
		expect(chinese).toMatch(/^这个备份在 .+ 处损坏/);
		expect(chinese.replace(/在 \S+ 处/, '')).not.toMatch(/[A-Za-z]/);
	});
});
