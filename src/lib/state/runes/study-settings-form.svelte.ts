/** The study settings form: its fields and bounds from the one settings schema, the draft, and saving it. */
import { loadSchedulerSettings, saveSchedulerSettings } from '$lib/data/settings-repository';
import {
	BOUNDED_SETTINGS,
	SETTING_BOUNDS,
	settingStep,
	type BoundedSetting
} from '$lib/domain/scheduling/settings-schema';
import { InvalidSettingsError, type SchedulerSettings } from '$lib/domain/scheduling/types';
import type { MessageKey, Translate } from '../i18n/messages';
import { settingsProblem } from '../i18n/settings-problem';

const LABELS: Record<BoundedSetting, MessageKey> = {
	desiredRetention: 'settings.study.retention',
	newPerDay: 'settings.study.newPerDay',
	reviewsPerDay: 'settings.study.reviewsPerDay',
	dayRolloverHour: 'settings.study.rollover',
	maximumIntervalDays: 'settings.study.maxInterval',
	leechThreshold: 'settings.study.leech'
};

/** Every field's label, for naming the one a refused save got wrong. */
export const SETTINGS_LABELS: Partial<Record<keyof SchedulerSettings, MessageKey>> = {
	...LABELS,
	learningSteps: 'settings.study.learningSteps',
	relearningSteps: 'settings.study.relearningSteps',
	enableFuzz: 'settings.study.fuzz',
	burySiblings: 'settings.study.burySiblings'
};

export interface NumberField {
	key: BoundedSetting;
	label: MessageKey;
	min: number;
	max: number;
	step: number;
}

/** One number input per bounded setting, its attributes read from the schema's bounds. */
export const NUMBER_FIELDS: readonly NumberField[] = BOUNDED_SETTINGS.map((key) => ({
	key,
	label: LABELS[key],
	min: SETTING_BOUNDS[key].min,
	max: SETTING_BOUNDS[key].max,
	step: settingStep(key)
}));

type StepKey = 'learningSteps' | 'relearningSteps';
export const STEP_FIELDS: readonly { key: StepKey; label: MessageKey; placeholder: string }[] = [
	{ key: 'learningSteps', label: 'settings.study.learningSteps', placeholder: '1m 10m' },
	{ key: 'relearningSteps', label: 'settings.study.relearningSteps', placeholder: '10m' }
];

/** The settings as the form edits them: step lists as text. */
export type SettingsDraft = Omit<SchedulerSettings, StepKey> & Record<StepKey, string>;

const steps = (text: string) => text.split(/[\s,]+/).filter(Boolean);

export class StudySettingsForm {
	#t: Translate;
	#draft = $state<SettingsDraft | null>(null);
	#message = $state('');
	#error = $state('');

	constructor(t: Translate) {
		this.#t = t;
	}

	/** The values being edited, bound to the inputs; null until the saved settings are read. */
	get draft(): SettingsDraft | null {
		return this.#draft;
	}
	get message(): string {
		return this.#message;
	}
	/** Why the last save was refused, naming the field and its bounds, in the interface language. */
	get error(): string {
		return this.#error;
	}

	async load(): Promise<void> {
		const s = await loadSchedulerSettings();
		this.#draft = {
			...s,
			learningSteps: s.learningSteps.join(' '),
			relearningSteps: s.relearningSteps.join(' ')
		};
	}

	/** Validates the draft against the schema, then saves it and reschedules every card with it. */
	async save(): Promise<void> {
		const draft = this.#draft;
		if (!draft) return;
		this.#message = '';
		this.#error = '';
		try {
			await saveSchedulerSettings({
				...draft,
				learningSteps: steps(draft.learningSteps),
				relearningSteps: steps(draft.relearningSteps)
			});
			this.#message = this.#t('settings.study.saved');
		} catch (e) {
			this.#error =
				e instanceof InvalidSettingsError
					? settingsProblem(this.#t, e, SETTINGS_LABELS)
					: this.#t('study.saveError');
		}
	}
}
