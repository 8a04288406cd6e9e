/** Missions that count things: customers, a tier, complaints, a segment, the biggest city. */
import { CITIES, TIERS } from '../catalog';
import { segmentFlags, SEGMENTS } from '../segments';
import type { MissionCheck, MissionData } from './types';
import { choiceAnswer, numberAnswer, param, right, wrong } from './verdicts';

const countWhere = (column: Uint8Array, value: number) =>
	column.reduce((n, v) => n + (v === value ? 1 : 0), 0);

export const customerCount: MissionCheck = {
	answer: 'number',
	diagnoses: { 'buyers-only': ['buyers'], 'clear-filters': [] },
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const total = data.customers.count;
		const buyers = data.metrics.values.frequency.reduce((n, f) => n + (f > 0 ? 1 : 0), 0);
		if (given === total) return right(String(total), String(given));
		return wrong(
			String(total),
			String(given),
			given === buyers ? { code: 'buyers-only', facts: { buyers } } : { code: 'clear-filters' }
		);
	}
};

export const tierCount: MissionCheck = {
	answer: 'number',
	diagnoses: { 'other-tier': ['given', 'other', 'tier'], 'filter-tier': ['tier'] },
	params: { tier: 'string' },
	allowed: { tier: TIERS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const tier = param<string>(params, 'tier', 'string');
		const counts = TIERS.map((_, t) => countWhere(data.customers.tier, t));
		const expected = counts[TIERS.indexOf(tier as (typeof TIERS)[number])] ?? 0;
		if (given === expected) return right(String(expected), String(given));
		const other = TIERS.find((_, t) => counts[t] === given);
		return wrong(
			String(expected),
			String(given),
			other ? { code: 'other-tier', facts: { given, other, tier } } : { code: 'filter-tier', facts: { tier } }
		);
	}
};

export const topCity: MissionCheck = {
	answer: 'choice',
	diagnoses: { 'smaller-city': ['given', 'count'] },
	params: {},
	options: () => [...CITIES],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const counts = CITIES.map((_, c) => countWhere(data.customers.city, c));
		const best = counts.indexOf(Math.max(...counts));
		const expected = CITIES[best] ?? '';
		if (given === expected) return right(expected, given);
		const mine = counts[CITIES.indexOf(given as (typeof CITIES)[number])] ?? 0;
		return wrong(expected, given, { code: 'smaller-city', facts: { given, count: mine } });
	}
};

export const complaintCount: MissionCheck = {
	answer: 'number',
	diagnoses: { 'all-tickets': ['all'], 'other-type': ['given', 'other'], 'find-row': [] },
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const byType = data.report.serviceByType;
		const expected = byType.find((g) => g.key === '投诉')?.tickets ?? 0;
		const all = byType.reduce((n, g) => n + g.tickets, 0);
		if (given === expected) return right(String(expected), String(given));
		const other = byType.find((g) => g.tickets === given && g.key !== '投诉');
		const diagnosis =
			given === all
				? { code: 'all-tickets', facts: { all } }
				: other
					? { code: 'other-type', facts: { given, other: other.key } }
					: { code: 'find-row' };
		return wrong(String(expected), String(given), diagnosis);
	}
};

const flagWords = { r: 'R', f: 'F', m: 'M' } as const;

/** The ways a learner can cut RFM scores into high and low; the content words each one. */
export const SEGMENT_CONVENTIONS = ['mean', 'thresholds', 'quintiles'] as const;
export type SegmentConvention = (typeof SEGMENT_CONVENTIONS)[number];

/** How the learner's current segments were cut, for the statement: missions follow the learner's choice. */
export function segmentConvention(data: MissionData): { convention: SegmentConvention; highFrom: string } {
	const o = data.report.options;
	const convention =
		o.convention === 'mean' ? 'mean' : o.mode.kind === 'thresholds' ? 'thresholds' : 'quintiles';
	return { convention, highFrom: String(o.highFrom) };
}

export const segmentCount: MissionCheck = {
	answer: 'number',
	diagnoses: {
		'read-row': ['name'],
		'took-high': ['counted', 'flag', 'name'],
		'took-low': ['counted', 'flag', 'name']
	},
	params: { segment: 'string' },
	allowed: { segment: SEGMENTS },
	subject: (data) => segmentConvention(data),
	check(data: MissionData, params, answer) {
		const given = numberAnswer(answer);
		const name = param<string>(params, 'segment', 'string');
		const target = SEGMENTS.indexOf(name as (typeof SEGMENTS)[number]);
		const counts = SEGMENTS.map((_, s) => countWhere(data.metrics.segments, s));
		const expected = counts[target] ?? 0;
		if (given === expected) return right(String(expected), String(given));
		const other = counts.findIndex((c, s) => c === given && s !== target);
		if (other < 0) {
			return wrong(String(expected), String(given), { code: 'read-row', facts: { name } });
		}
		// Name the first score that differs between the segment counted and the one asked for.
		const want = segmentFlags(target);
		const got = segmentFlags(other);
		const key = (['m', 'r', 'f'] as const).find((k) => want[k] !== got[k]) ?? 'm';
		return wrong(String(expected), String(given), {
			code: got[key] ? 'took-high' : 'took-low',
			facts: { counted: SEGMENTS[other] ?? '', flag: flagWords[key], name }
		});
	}
};
