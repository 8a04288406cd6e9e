/** Every mission check by name; content/missions.yaml names one per mission. */
import { complaintCount, customerCount, segmentCount, tierCount, topCity } from './count-checks';
import { churnWarningRule, npsScore, weakestFunnelStep, worstServiceChannel } from './service-checks';
import type { MissionCheck } from './types';
import { channelRatio, customerClv, dedicatedService, top5OverPlatinum, worstCac } from './value-checks';
import {
	automationBudget,
	budgetShift,
	cutChannel,
	meanWinBack,
	neverPaid,
	repeatRate,
	tierChurned
} from './analysis-checks';

export const MISSION_CHECKS = {
	'customer-count': customerCount,
	'tier-count': tierCount,
	'top-city': topCity,
	'complaint-count': complaintCount,
	'segment-count': segmentCount,
	'customer-clv': customerClv,
	'worst-service-channel': worstServiceChannel,
	'worst-cac': worstCac,
	'nps-score': npsScore,
	'weakest-funnel-step': weakestFunnelStep,
	'top5-over-platinum': top5OverPlatinum,
	'dedicated-service': dedicatedService,
	'churn-warning-rule': churnWarningRule,
	'channel-ratio': channelRatio,
	'tier-churned': tierChurned,
	'repeat-rate': repeatRate,
	'cut-channel': cutChannel,
	'budget-shift': budgetShift,
	'mean-segment-count': meanWinBack,
	'automation-budget': automationBudget,
	'never-paid': neverPaid
} as const satisfies Record<string, MissionCheck>;

export type CheckName = keyof typeof MISSION_CHECKS;

export function isCheckName(name: string): name is CheckName {
	return Object.hasOwn(MISSION_CHECKS, name);
}
