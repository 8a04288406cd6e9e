import fc from 'fast-check';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import ClassTables from '../../../../tests/components/ClassTables.svelte';
import { aReport, ISSUED } from '../../../../tests/factories/sharing';
import { documentFileText, ShareError } from '$lib/domain/sharing/codec';
import { classView } from '$lib/domain/sharing/class-view';
import type { Report } from '$lib/domain/sharing/documents';
import { gradebookCsv } from '$lib/domain/sharing/gradebook';
import { readReport } from '$lib/domain/sharing/report-intake';
import { textFault } from '$lib/domain/sharing/text-safety';
import { loadMessages } from '$lib/state/i18n/catalog.svelte';
import { groupsFor } from '$lib/state/i18n/groups';
import type { ClassLabels } from '$lib/state/i18n/class-labels';

const NOW = ISSUED + 30 * 86_400_000;
const labels: ClassLabels = {
	item: (id) => id,
	part: (kind, id) => `${kind} ${id}`,
	mission: (id) => (id.length % 2 ? { zh: `任务 ${id}`, en: id } : null)
};

/** Values an attacker or a broken device could put anywhere in a report. */
const hostileText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.constantFrom('\u202e', '\u200b', '\u2028', '\ud800', '<b>', '=1+1', '', ' ', 'x'.repeat(300))
);
const hostileValue = fc.oneof(
	hostileText,
	fc.integer({ min: -5, max: 20 }),
	fc.constantFrom(8.64e15, 1e308, -0, 0.5, Number.NaN, null, true, [], {}),
	fc.jsonValue({ maxDepth: 2 })
);
const PATHS = [
	'learner',
	'learnerId',
	'createdAt',
	'assignment.title',
	'assignment.className',
	'assignment.teacher',
	'assignment.issuedAt',
	'assignment.dueAt',
	'summary.seen',
	'summary.total',
	'summary.reviews',
	'summary.correct',
	'summary.missionsDone',
	'summary.missionsTotal',
	'summary.quizAccuracy',
	'summary.recall',
	'parts.0.seen',
	'parts.0.kind',
	'parts.0.id',
	'items.0.id',
	'items.0.correct',
	'items.0.recall',
	'mistakes.0.kind',
	'mistakes.0.given',
	'mistakes.0.itemId',
	'mistakes.0.count'
];

/** A copy of a good report with a few fields set to hostile values, and maybe an entry repeated. */
const mutatedReport = fc
	.tuple(
		fc.array(fc.tuple(fc.constantFrom(...PATHS), hostileValue), { maxLength: 4 }),
		fc.constantFrom('none', 'items', 'mistakes', 'parts')
	)
	.map(([changes, repeat]) => {
		const doc = structuredClone(aReport()) as unknown as Record<string, unknown>;
		for (const [path, value] of changes) {
			const keys = path.split('.');
			let at = doc;
			for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
			at[keys.at(-1) as string] = value;
		}
		if (repeat !== 'none') {
			const list = doc[repeat] as unknown[];
			doc[repeat] = [...list, ...list];
		}
		return doc;
	});

/** Renders the dashboard's table and hardest items for these reports, in both languages. */
function renderDashboard(reports: readonly Report[]): string {
	const views = classView(reports.map((doc, i) => ({ id: `r${i}`, doc })));
	let html = '';
	for (const view of views)
		for (const locale of ['en', 'zh'] as const)
			html += render(ClassTables, { props: { view, labels, locale } }).body;
	gradebookCsv(views, labels);
	return html;
}

beforeAll(async () => {
	await loadMessages(groupsFor('/teach/class'), 'en');
	await loadMessages(groupsFor('/teach/class'), 'zh');
});

describe('report fuzzing (property-based, fast-check)', () => {
	it('every mutated report is refused with a ShareError or accepted as a sound document', () => {
		fc.assert(
			fc.property(mutatedReport, (doc) => {
				let accepted: Report;
				try {
					accepted = readReport(documentFileText(doc as unknown as Report), NOW);
				} catch (e) {
					expect(e).toBeInstanceOf(ShareError);
					return;
				}
				expect(new Set(accepted.items.map((i) => i.id)).size).toBe(accepted.items.length);
				expect(accepted.summary.seen).toBeLessThanOrEqual(accepted.summary.total);
				expect(accepted.summary.correct).toBeLessThanOrEqual(accepted.summary.reviews);
				expect(accepted.createdAt).toBeLessThanOrEqual(NOW + 86_400_000);
				for (const t of [accepted.learner, accepted.assignment.title, accepted.assignment.teacher])
					expect(textFault(t)).toBeNull();
				const html = renderDashboard([accepted, aReport({ learnerId: 'other-learner-0' })]);
				expect(html.match(/<tr class="learner[ "]/g)).toHaveLength(4);
			}),
			{ numRuns: 600 }
		);
		// 600 documents validated and rendered twice: a wide limit so a busy machine does not fail it.
	}, 60_000);

	it('arbitrary values and text are always refused with a ShareError', () => {
		fc.assert(
			fc.property(fc.oneof(fc.jsonValue(), fc.string()), (value) => {
				const text = typeof value === 'string' ? value : JSON.stringify(value);
				expect(() => readReport(text, NOW)).toThrow(ShareError);
			}),
			{ numRuns: 400 }
		);
	});

	it('the rendered dashboard shows every learner once, in both languages', () => {
		const reports = [aReport(), aReport({ learnerId: 'b', learner: 'Bai Lu', createdAt: ISSUED })];
		const html = renderDashboard(reports);
		expect(html.match(/Li Na 李娜/g)).toHaveLength(2);
		expect(html).toContain('Bai Lu');
		expect(html).toContain('已学卡片');
	});
});
