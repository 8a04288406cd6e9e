/** Everything the simulator screens and missions read, computed once per dataset and RFM setting. */
import { cacByChannel, type ChannelCac } from './cac';
import { CHANNELS } from './catalog';
import { clvColumn, DEFAULT_ASSUMPTIONS, type ClvAssumptions } from './clv';
import type { Dataset, SpendRow } from './dataset';
import { funnelSteps, type FunnelStep } from './funnel';
import { pyramidByTier, topShare, type PyramidLevel } from './pyramid';
import { ratioStanding, type RatioStanding } from './ltv-variants';
import {
	churnSummary,
	DEFAULT_CHURN_WINDOW,
	retentionCohorts,
	type ChurnSummary,
	type Cohort
} from './retention';
import { rfmScores, rfmValues, type RfmScores, type RfmValues, type ScoreMode } from './rfm';
import {
	assignSegments,
	assignSegmentsByMean,
	DEFAULT_HIGH_FROM,
	meanCuts,
	scoreCounts,
	scoreCuts,
	summariseSegments,
	type SegmentConvention,
	type SegmentCuts,
	type SegmentSummary
} from './segments';
import { netPromoterScore, serviceByChannel, serviceByType, type Nps, type ServiceGroup } from './service';
import type { TicketChannel, TicketType } from './catalog';

export interface AnalysisOptions {
	mode: ScoreMode;
	/** a score at or above this is "high" for the segments (score convention) */
	highFrom: number;
	/** segments from the scores, or from the buyers' mean values */
	convention: SegmentConvention;
	assumptions: ClvAssumptions;
	/** days without an order after which a customer counts as churned */
	churnWindow: number;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = {
	mode: { kind: 'quintile' },
	highFrom: DEFAULT_HIGH_FROM,
	convention: 'scores',
	assumptions: DEFAULT_ASSUMPTIONS,
	churnWindow: DEFAULT_CHURN_WINDOW
};

/** Per-customer columns: the RFM values and scores, the segment and the CLV. */
export interface CustomerMetrics {
	values: RfmValues;
	scores: RfmScores;
	segments: Uint8Array;
	/** what "high" meant for the segments */
	cuts: SegmentCuts;
	clv: Float64Array;
}

export interface ChannelEconomics extends ChannelCac {
	/** 元: mean CLV (margin-based, the analysis assumptions) of the channel's paying customers */
	ltv: number;
	/** ltv / cac; null without a CAC */
	ratio: number | null;
	/** against the rule of thumb LTV/CAC ≥ 3; null without a CAC */
	standing: RatioStanding | null;
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
	churn: ChurnSummary;
	/** buyers per R, F and M score 1–5 (index 0 = score 1) */
	scoreCounts: { r: number[]; f: number[]; m: number[] };
	/** the options the report was computed with */
	options: AnalysisOptions;
	nps: Nps;
	serviceByChannel: ServiceGroup<TicketChannel>[];
	serviceByType: ServiceGroup<TicketType>[];
}

export function customerMetrics(ds: Dataset, options: AnalysisOptions): CustomerMetrics {
	const values = rfmValues(ds.orders, ds.today);
	const scores = rfmScores(values, options.mode);
	const byMean = options.convention === 'mean';
	const cuts = byMean ? meanCuts(values) : scoreCuts(values, scores, options.highFrom);
	return {
		values,
		scores,
		segments: byMean ? assignSegmentsByMean(values, cuts) : assignSegments(scores, options.highFrom),
		cuts,
		clv: clvColumn(values, ds.customers.joinDay, ds.today, options.assumptions)
	};
}

function channelEconomics(ds: Dataset, metrics: CustomerMetrics): ChannelEconomics[] {
	const sum = new Array<number>(CHANNELS.length).fill(0);
	const paying = new Array<number>(CHANNELS.length).fill(0);
	for (let i = 0; i < ds.customers.count; i++) {
		if ((metrics.values.frequency[i] ?? 0) === 0) continue;
		const c = ds.customers.channel[i] ?? 0;
		sum[c] = (sum[c] ?? 0) + (metrics.clv[i] ?? 0);
		paying[c] = (paying[c] ?? 0) + 1;
	}
	return cacByChannel(ds.spend, paying).map((row, c) => {
		const ltv = paying[c] ? Math.round(((sum[c] ?? 0) / (paying[c] ?? 1)) * 100) / 100 : 0;
		const ratio = row.cac ? Math.round((ltv / row.cac) * 100) / 100 : null;
		return { ...row, ltv, ratio, standing: ratio === null ? null : ratioStanding(ratio) };
	});
}

export function analysisReport(
	ds: Dataset,
	metrics: CustomerMetrics,
	options: AnalysisOptions = DEFAULT_ANALYSIS
): AnalysisReport {
	const revenue = metrics.values.monetary.reduce((s, m) => s + m, 0);
	return {
		customers: ds.customers.count,
		orders: ds.orders.count,
		revenue: Math.round(revenue),
		segments: summariseSegments(metrics.segments, metrics.values),
		pyramid: pyramidByTier(ds.customers.tier, metrics.values.monetary),
		top5Share: topShare(metrics.values.monetary, 0.05),
		channels: channelEconomics(ds, metrics),
		spend: ds.spend,
		cohorts: retentionCohorts(ds.customers.joinDay, ds.orders, ds.today, options.churnWindow),
		funnel: funnelSteps(ds.funnel),
		churn: churnSummary(metrics.values, ds.orders, ds.today, options.churnWindow),
		scoreCounts: {
			r: scoreCounts(metrics.scores.r),
			f: scoreCounts(metrics.scores.f),
			m: scoreCounts(metrics.scores.m)
		},
		options,
		nps: netPromoterScore(ds.nps.score),
		serviceByChannel: serviceByChannel(ds.tickets),
		serviceByType: serviceByType(ds.tickets)
	};
}
