/** The sales funnel: how many leads reach each stage, and the conversion from stage to stage. */
import { FUNNEL_STAGES, type FunnelStage } from './catalog';

export interface FunnelStep {
	stage: FunnelStage;
	/** leads that reached this stage or went further */
	reached: number;
	/** 0–1 of the previous stage's leads; 1 for the first stage */
	fromPrevious: number;
	/** 0–1 of all leads */
	fromStart: number;
}

/** The funnel from the last stage each lead reached (index into FUNNEL_STAGES). */
export function funnelSteps(lastStage: Uint8Array): FunnelStep[] {
	const reached = FUNNEL_STAGES.map((_, s) => lastStage.reduce((n, last) => n + (last >= s ? 1 : 0), 0));
	const total = reached[0] ?? 0;
	return FUNNEL_STAGES.map((stage, s) => {
		const here = reached[s] ?? 0;
		const before = s === 0 ? here : (reached[s - 1] ?? 0);
		return {
			stage,
			reached: here,
			fromPrevious: before > 0 ? here / before : 0,
			fromStart: total > 0 ? here / total : 0
		};
	});
}

/** The step (index ≥ 1) with the lowest conversion from the stage before. */
export function weakestStep(steps: readonly FunnelStep[]): number {
	let worst = 1;
	for (let s = 2; s < steps.length; s++) {
		if ((steps[s]?.fromPrevious ?? 1) < (steps[worst]?.fromPrevious ?? 1)) worst = s;
	}
	return worst;
}
