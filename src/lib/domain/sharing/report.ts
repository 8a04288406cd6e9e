/**
 * The progress report a learner sends for an assignment: the progress figures plus per-item figures
 * (for leeches and the class-wide hardest items) and the top mistakes.
 */
import { itemOfCard } from '../cards/card-id';
import { retrievability } from '../scheduling/scheduler';
import {
	MARKUP,
	REPORT_VERSION,
	SHARE_FORMAT,
	type Assignment,
	type ItemFigures,
	type MistakeSummary,
	type Report
} from './documents';
import { cleanText } from './text-safety';
import { assignmentProgress, isCorrect, predictionTime, type ProgressInput } from './progress';

export interface MistakeFact {
	itemId: string;
	kind: string;
	expected: string;
	given: string;
	/** epoch ms */
	at: number;
}

export interface ReportInput extends ProgressInput {
	assignment: Assignment;
	learner: { id: string; name: string };
	mistakes: readonly MistakeFact[];
	/** lapses that make a card a leech */
	leechThreshold: number;
}

/** How many mistakes a report lists. */
export const TOP_MISTAKES = 10;

/** Text a learner typed, made safe for a document that refuses markup and hidden characters. */
function plain(s: string, max = 200): string {
	// Cleaning after the cut turns half of a cut surrogate pair into a space.
	return cleanText(
		s
			.replace(new RegExp(MARKUP.source, 'gi'), ' ')
			.replace(/\p{Cc}/gu, ' ')
			.slice(0, max)
	);
}

function itemFigures(input: ReportInput): ItemFigures[] {
	const at = predictionTime(input.assignment.dueAt, input.now);
	const items = new Map<string, ItemFigures & { cards: number }>();
	for (const cardId of new Set(input.parts.flatMap((p) => p.cardIds))) {
		const id = itemOfCard(cardId);
		const card = input.cards.get(cardId);
		const row = items.get(id) ?? { id, reviews: 0, correct: 0, lapses: 0, recall: 0, leech: false, cards: 0 };
		row.cards += 1;
		if (card) {
			row.recall += retrievability(card, at, input.weights);
			row.lapses = Math.max(row.lapses, card.lapses);
			row.leech ||= card.lapses >= input.leechThreshold;
		}
		items.set(id, row);
	}
	for (const r of input.reviews) {
		const row = items.get(itemOfCard(r.cardId));
		if (!row || r.reviewedAt < input.assignment.issuedAt) continue;
		row.reviews += 1;
		if (isCorrect(r.grade)) row.correct += 1;
	}
	return [...items.values()]
		.filter((r) => r.reviews > 0 || r.leech)
		.map(({ cards, ...r }) => ({ ...r, recall: cards ? r.recall / cards : 0 }));
}

/** The most frequent mistakes on the assignment's items since it was issued, most frequent first. */
export function topMistakes(input: Pick<ReportInput, 'mistakes' | 'assignment' | 'parts'>): MistakeSummary[] {
	const ids = new Set(input.parts.flatMap((p) => p.cardIds.map(itemOfCard)));
	const groups = new Map<string, MistakeSummary & { at: number }>();
	for (const m of input.mistakes) {
		if (!ids.has(m.itemId) || m.at < input.assignment.issuedAt) continue;
		const key = `${m.itemId}\u0000${m.kind}`;
		const g = groups.get(key);
		if (!g)
			groups.set(key, {
				itemId: m.itemId,
				kind: m.kind,
				count: 1,
				expected: plain(m.expected),
				given: plain(m.given),
				at: m.at
			});
		else {
			g.count += 1;
			if (m.at >= g.at) Object.assign(g, { expected: plain(m.expected), given: plain(m.given), at: m.at });
		}
	}
	return [...groups.values()]
		.sort((a, b) => b.count - a.count || b.at - a.at || a.itemId.localeCompare(b.itemId))
		.slice(0, TOP_MISTAKES)
		.map(({ at: _at, ...m }) => m);
}

/** The report document for an assignment at `now`. */
export function buildReport(input: ReportInput): Report {
	const { summary, parts } = assignmentProgress(input);
	const a = input.assignment;
	return {
		format: SHARE_FORMAT,
		kind: 'report',
		version: REPORT_VERSION,
		learnerId: input.learner.id,
		learner: plain(input.learner.name, 80).trim() || '?',
		createdAt: input.now,
		assignment: {
			id: a.id,
			// An assignment accepted before hidden characters were refused still yields a valid report.
			title: cleanText(a.title) || a.id,
			className: cleanText(a.className),
			teacher: cleanText(a.teacher),
			issuedAt: a.issuedAt,
			dueAt: a.dueAt,
			target: a.target
		},
		summary,
		parts,
		items: itemFigures(input),
		mistakes: topMistakes(input)
	};
}

/** A stable hash of a validated document (cyrb53, 14 hex digits): the same report always gets the same id. */
export function documentHash(doc: unknown): string {
	const text = JSON.stringify(doc);
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
