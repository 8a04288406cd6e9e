/** CSV exports of the dataset: customers with their RFM values, scores and segment, and orders. */
import { CHANNELS, CITIES, STAGES, TIERS } from './catalog';
import type { Dataset } from './dataset';
import { isoDay } from './days';
import { customerCode, customerName } from './names';
import type { RfmScores, RfmValues } from './rfm';
import { NO_SEGMENT, SEGMENTS } from './segments';

/** One CSV field, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (fields: readonly (string | number)[]) => fields.map(csvField).join(',');

export const CUSTOMER_HEADER = [
	'客户编号',
	'姓名',
	'城市',
	'渠道',
	'会员等级',
	'生命周期阶段',
	'注册日期',
	'R_最近消费天数',
	'F_消费次数',
	'M_消费金额',
	'R分',
	'F分',
	'M分',
	'RFM分群',
	'CLV'
] as const;

export const ORDER_HEADER = ['订单编号', '客户编号', '下单日期', '金额', '件数'] as const;

export interface CustomerExport {
	values: RfmValues;
	scores: RfmScores;
	segments: Uint8Array;
	clv: Float64Array;
}

export function customersCsv(ds: Dataset, a: CustomerExport): string {
	const c = ds.customers;
	const lines = [line(CUSTOMER_HEADER)];
	for (let i = 0; i < c.count; i++) {
		const bought = (a.values.frequency[i] ?? 0) > 0;
		const s = a.segments[i] ?? NO_SEGMENT;
		lines.push(
			line([
				customerCode(i),
				customerName(c, i),
				CITIES[c.city[i] ?? 0] ?? '',
				CHANNELS[c.channel[i] ?? 0] ?? '',
				TIERS[c.tier[i] ?? 0] ?? '',
				STAGES[c.stage[i] ?? 0] ?? '',
				isoDay(c.joinDay[i] ?? 0),
				bought ? (a.values.recency[i] ?? '') : '',
				a.values.frequency[i] ?? 0,
				(a.values.monetary[i] ?? 0).toFixed(2),
				bought ? (a.scores.r[i] ?? '') : '',
				bought ? (a.scores.f[i] ?? '') : '',
				bought ? (a.scores.m[i] ?? '') : '',
				s === NO_SEGMENT ? '' : (SEGMENTS[s] ?? ''),
				(a.clv[i] ?? 0).toFixed(2)
			])
		);
	}
	return lines.join('\n') + '\n';
}

export function ordersCsv(ds: Dataset): string {
	const o = ds.orders;
	const lines: string[] = [line(ORDER_HEADER)];
	for (let i = 0; i < ds.customers.count; i++) {
		const code = customerCode(i);
		for (let k = o.orderStart[i] ?? 0; k < (o.orderStart[i + 1] ?? 0); k++) {
			lines.push(
				`O${String(k + 1).padStart(7, '0')},${code},${isoDay(o.day[k] ?? 0)},${(o.amount[k] ?? 0).toFixed(2)},${o.items[k] ?? 0}`
			);
		}
	}
	return lines.join('\n') + '\n';
}
