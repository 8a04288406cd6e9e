/** Everything the simulator screens and missions read, computed once per dataset and RFM setting. */
import { cacByChannel, type ChannelCac } from './cac';
import { CHANNELS } from './catalog';
import { clvColumn, DEFAULT_ASSUMPTIONS, type ClvAssumptions } from './clv';
import type { Dataset, SpendRow } from './dataset';
import { funnelSteps, type FunnelStep } from './funnel';
import { pyramidByTier, topShare, type PyramidLevel } from './pyramid';
import { retentionCohorts, type Cohort } from './retention';
import { rfmScores, rfmValues, type RfmScores, type RfmValues, type ScoreMode } from './rfm';
import { assignSegments, DEFAULT_HIGH_FROM, summariseSegments, type SegmentSummary } from './segments';
import { netPromoterScore, serviceByChannel, serviceByType, type Nps, type ServiceGroup } from './service';
import type { TicketChannel, TicketType } from './catalog';

export interface AnalysisOptions {
	mode: ScoreMode;
	/** a score at or above this is "high" for the segments */
	highFrom: number;
	assumptions: ClvAssumptions;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = {
	mode: { kind: 'quintile' },
	highFrom: DEFAULT_HIGH_FROM,
	assumptions: DEFAULT_ASSUMPTIONS
};

/** Per-customer columns: the RFM values and scores, the segment and the CLV. */
export interface CustomerMetrics {
	values: RfmValues;
	scores: RfmScores;
	segments: Uint8Array;
	clv: Float64Array;
}

export interface ChannelEconomics extends ChannelCac {
	/** 元: mean CLV of the customers the channel won */
	ltv: number;
	/** ltv / cac; null without a CAC */
	ratio: number | null;
}

/** The small report every screen shares. */
export interface AnalysisReport {
	customers: number;
	orders: number;
	/** 元 */
	revenue: number;
	segments: SegmentSummary[];
	pyramid: PyramidLevel[];
	/** 0–1 of revenue from the top 5 % of customers */
	top5Share: number;
	channels: ChannelEconomics[];
	/** marketing spend per channel and month, as generated */
	spend: SpendRow[];
	cohorts: Cohort[];
	funnel: FunnelStep[];
	nps: Nps;
	serviceByChannel: ServiceGroup<TicketChannel>[];
	serviceByType: ServiceGroup<TicketType>[];
}

export function customerMetrics(ds: Dataset, options: AnalysisOptions): CustomerMetrics {
	const values = rfmValues(ds.orders, ds.today);
	const scores = rfmScores(values, options.mode);
	return {
		values,
		scores,
		segments: assignSegments(scores, options.highFrom),
		clv: clvColumn(values, ds.customers.joinDay, ds.today, options.assumptions)
	};
}

function channelEconomics(ds: Dataset, clv: Float64Array): ChannelEconomics[] {
	const sum = new Array<number>(CHANNELS.length).fill(0);
	const count = new Array<number>(CHANNELS.length).fill(0);
	for (let i = 0; i < ds.customers.count; i++) {
		const c = ds.customers.channel[i] ?? 0;
		sum[c] = (sum[c] ?? 0) + (clv[i] ?? 0);
		count[c] = (count[c] ?? 0) + 1;
	}
	return cacByChannel(ds.spend).map((row, c) => {
		const ltv = count[c] ? Math.round(((sum[c] ?? 0) / (count[c] ?? 1)) * 100) / 100 : 0;
		return { ...row, ltv, ratio: row.cac ? Math.round((ltv / row.cac) * 100) / 100 : null };
	});
}

export function analysisReport(ds: Dataset, metrics: CustomerMetrics): AnalysisReport {
	const revenue = metrics.values.monetary.reduce((s, m) => s + m, 0);
	return {
		customers: ds.customers.count,
		orders: ds.orders.count,
		revenue: Math.round(revenue),
		segments: summariseSegments(metrics.segments, metrics.values),
		pyramid: pyramidByTier(ds.customers.tier, metrics.values.monetary),
		top5Share: topShare(metrics.values.monetary, 0.05),
		channels: channelEconomics(ds, metrics.clv),
		spend: ds.spend,
		cohorts: retentionCohorts(ds.customers.joinDay, ds.orders, ds.today),
		funnel: funnelSteps(ds.funnel),
		nps: netPromoterScore(ds.nps.score),
		serviceByChannel: serviceByChannel(ds.tickets),
		serviceByType: serviceByType(ds.tickets)
	};
}
