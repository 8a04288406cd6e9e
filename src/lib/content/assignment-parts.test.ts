import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentLike } from '../../../tests/factories/fuzz';
import { anAssignment } from '../../../tests/factories/sharing';
import { ShareError, validateDocument } from '$lib/domain/sharing/codec';
import { StoredAssignmentSchema } from '$lib/domain/sharing/documents';
import { assignmentProgress } from '$lib/domain/sharing/progress';
import * as v from 'valibot';
import { partTitle, resolveParts } from './assignment-parts';
import { loadStudyContent } from './study';

const keys = (parts: { kind: string; id: string }[]) => parts.map((p) => p.kind + p.id);

describe('the assignment screens’ view of a document', () => {
	it('lists each part once, even from a stored row that repeats ids', async () => {
		const content = await loadStudyContent();
		const stored = anAssignment({ decks: ['kefu', 'kefu'], quizzes: ['kefu', 'kefu', 'kefu'] });
		const parts = resolveParts(stored, content);
		expect(keys(parts)).toEqual(['deckkefu', 'drillkehu-guanxi', 'quizkefu']);
	});

	it('a backup row with repeated ids is kept, each id once', () => {
		const row = v.parse(StoredAssignmentSchema, anAssignment({ drills: ['kefu', 'kefu'] }));
		expect(row.drills).toEqual(['kefu']);
	});

	it('a teacher’s own deck resolves from the document itself, with its title', async () => {
		const content = await loadStudyContent();
		const doc = anAssignment({
			decks: ['t3achr'],
			customDecks: [
				{
					id: 't3achr',
					title: 'Week 3 words',
					cards: [{ hanzi: '一会儿', english: 'a moment', pinyin: ['yí', 'huìr', ''], level: null, tags: [] }]
				}
			]
		});
		const [deck] = resolveParts(doc, content);
		expect(deck?.cardIds).toHaveLength(4);
		expect(partTitle('deck', 't3achr', content, () => 'built-in', doc)).toBe('Week 3 words');
	});

	it(
		'every accepted fuzzed document resolves, titles and measures without throwing, with unique keys',
		{ timeout: 60_000 },
		async () => {
			const content = await loadStudyContent();
			let accepted = 0;
			fc.assert(
				fc.property(assignmentLike, (value) => {
					let doc;
					try {
						doc = validateDocument(value, 'assignment');
					} catch (e) {
						if (e instanceof ShareError) return;
						throw e;
					}
					accepted++;
					const parts = resolveParts(doc, content);
					expect(new Set(keys(parts)).size).toBe(parts.length);
					for (const p of parts) partTitle(p.kind, p.id, content, (d) => d.id, doc);
					const progress = assignmentProgress({
						assignment: doc,
						parts,
						cards: new Map(),
						reviews: [],
						now: 0
					});
					expect(progress.parts).toHaveLength(parts.length);
				}),
				{ numRuns: 3000 }
			);
			expect(accepted).toBeGreaterThan(100);
		}
	);
});
