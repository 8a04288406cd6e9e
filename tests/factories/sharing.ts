/** Builders for assignments, reports and custom-deck text, fixed or generated from a seed. */
import {
	ASSIGNMENT_VERSION,
	REPORT_VERSION,
	SHARE_FORMAT,
	type Assignment,
	type Report
} from '../../src/lib/domain/sharing/documents';

export const ISSUED = Date.UTC(2026, 8, 1, 8);
export const DUE = Date.UTC(2026, 8, 15, 15, 59);

/** A small assignment: one deck, one drill set, one quiz; override what the test is about. */
export function anAssignment(overrides: Partial<Assignment> = {}): Assignment {
	return {
		format: SHARE_FORMAT,
		kind: 'assignment',
		version: ASSIGNMENT_VERSION,
		id: 'a1b2c3d4',
		title: 'Week 3: 客户关系',
		className: 'BC-201',
		teacher: '王老师',
		note: '',
		issuedAt: ISSUED,
		dueAt: DUE,
		decks: ['kehu-guanxi'],
		drills: ['kehu-guanxi'],
		quizzes: ['kehu-guanxi'],
		missions: [],
		target: { everyCardSeen: true, quizAccuracy: 80, recall: 0 },
		...overrides
	};
}

/** The part of an assignment a report repeats. */
export function refOf(a: Assignment): Report['assignment'] {
	const { id, title, className, teacher, issuedAt, dueAt, target } = a;
	return { id, title, className, teacher, issuedAt, dueAt, target };
}

/** A report from one learner; override what the test is about. */
export function aReport(overrides: Partial<Report> = {}): Report {
	const a = anAssignment();
	return {
		format: SHARE_FORMAT,
		kind: 'report',
		version: REPORT_VERSION,
		learnerId: 'learner-1',
		learner: 'Li Na 李娜',
		createdAt: ISSUED + 86_400_000,
		assignment: refOf(a),
		summary: {
			total: 10,
			seen: 5,
			reviews: 8,
			correct: 6,
			recall: 0.4,
			timeMs: 120_000,
			quizAccuracy: 0.5,
			missionsDone: 0,
			missionsTotal: 0,
			targetMet: false
		},
		parts: [
			{
				kind: 'deck',
				id: 'kehu-guanxi',
				total: 10,
				seen: 5,
				reviews: 8,
				correct: 6,
				recall: 0.4,
				timeMs: 120_000
			}
		],
		items: [{ id: 'kehu-guanxi', reviews: 4, correct: 2, lapses: 1, recall: 0.5, leech: false }],
		mistakes: [{ itemId: 'kehu-guanxi', kind: 'tone', count: 2, expected: 'kèhù', given: 'kéhù' }],
		...overrides
	};
}

/** A deterministic random source (mulberry32). */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = [
	'客户',
	'关系',
	'维护',
	'客服',
	'服务',
	'留存率',
	'CRM',
	'week',
	'第三周',
	'é',
	'😀',
	'"quoted"',
	"l'été",
	'&amp;'
];

function pick<T>(rng: () => number, list: readonly T[]): T {
	return list[Math.floor(rng() * list.length)] as T;
}

function phrase(rng: () => number, words: number): string {
	return Array.from({ length: words }, () => pick(rng, WORDS)).join(' ');
}

const id = (rng: () => number, prefix: string) => `${prefix}.${Math.floor(rng() * 1e9).toString(36)}`;
const ids = (rng: () => number, n: number, prefix: string) =>
	Array.from({ length: n }, () => id(rng, prefix));

/** A random valid assignment: any mix of parts, unicode text, any target. */
export function randomAssignment(rng: () => number): Assignment {
	const issuedAt = Math.floor(rng() * 2e12);
	return anAssignment({
		id: Math.floor(rng() * 1e12).toString(36),
		title: phrase(rng, 1 + Math.floor(rng() * 5)).slice(0, 120),
		className: phrase(rng, Math.floor(rng() * 3)).slice(0, 80),
		teacher: phrase(rng, Math.floor(rng() * 2)).slice(0, 80),
		note: phrase(rng, Math.floor(rng() * 20)).slice(0, 500),
		issuedAt,
		dueAt: issuedAt + Math.floor(rng() * 3e9),
		decks: ids(rng, Math.floor(rng() * 5), 'deck'),
		drills: ids(rng, Math.floor(rng() * 20), 'entry'),
		quizzes: ids(rng, Math.floor(rng() * 20), 'entry'),
		missions: ids(rng, Math.floor(rng() * 4), 'm'),
		target: {
			everyCardSeen: rng() < 0.5,
			quizAccuracy: Math.floor(rng() * 101),
			recall: Math.floor(rng() * 101)
		}
	});
}

/** A random valid report for a random assignment. */
export function randomReport(rng: () => number): Report {
	const a = randomAssignment(rng);
	const n = () => Math.floor(rng() * 500);
	const upTo = (max: number) => Math.floor(rng() * (max + 1));
	const items = Array.from({ length: Math.floor(rng() * 60) }, (_, i) => {
		const reviews = n();
		return {
			id: `${id(rng, 'item')}.${i}`,
			reviews,
			correct: Math.floor(reviews * rng()),
			lapses: n() % 12,
			recall: rng(),
			leech: rng() < 0.1
		};
	});
	const total = n();
	const reviews = n();
	return aReport({
		learnerId: id(rng, 'l'),
		learner: phrase(rng, 2).slice(0, 80) || 'x',
		createdAt: a.issuedAt + n() * 1000,
		assignment: refOf(a),
		summary: {
			total,
			seen: upTo(total),
			reviews,
			correct: upTo(reviews),
			recall: rng(),
			timeMs: n() * 1000,
			quizAccuracy: rng() < 0.3 ? null : rng(),
			missionsDone: n() % 3,
			missionsTotal: 3,
			targetMet: rng() < 0.5
		},
		parts: a.decks.map((d) => ({
			kind: 'deck' as const,
			id: d,
			total,
			seen: upTo(total),
			reviews,
			correct: upTo(reviews),
			recall: rng(),
			timeMs: n()
		})),
		items,
		mistakes: items.slice(0, 10).map((i) => ({
			itemId: i.id,
			kind: 'tone',
			count: 1 + n(),
			expected: phrase(rng, 2),
			given: phrase(rng, 2)
		}))
	});
}

/** Reports as the store holds them, each under its own id. */
export function stored(reports: readonly Report[]): { id: string; doc: Report }[] {
	return reports.map((doc, i) => ({ id: `report-${i}`, doc }));
}
