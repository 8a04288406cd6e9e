import { describe, expect, it } from 'vitest';
import { anAssignment, aReport } from '../../../tests/factories/sharing';
import type { CustomCard } from '$lib/domain/decks/custom-deck';
import { aBackupDocument, BACKUP_T0 } from '../../../tests/factories/backup';
import { BackupError, FEATURE_TABLES, parseBackup, type Backup } from './backup-format';
import { PRIMARY_KEYS } from './db';

const T0 = BACKUP_T0;

const goodCard: CustomCard = {
	hanzi: '客户',
	english: 'client',
	pinyin: ['kè', 'hù'],
	level: null,
	tags: []
};

/** A valid backup with one card, one answer and a row in several feature tables. */
function aBackup(): Backup {
	return aBackupDocument({
		meta: [
			{ key: 'scheduler-settings', value: {} },
			{ key: 'dupkey', value: 1 }
		],
		mistakes: [],
		missions: [{ missionId: 'm1', attempts: 1, solvedAt: T0, lastAttemptAt: T0, lastGiven: '', seed: 1 }],
		studyTerms: [{ entryId: 'kefu', addedAt: T0, from: 'reading' }],
		assignments: [{ id: 'a1b2c3d4', acceptedAt: T0, doc: anAssignment() }],
		reports: [{ id: 'r1', assignmentId: 'a1b2c3d4', learnerId: 'l', importedAt: T0, doc: aReport() }],
		issued: [{ id: 'a1b2c3d4', issuedAt: T0, doc: anAssignment() }],
		customDecks: [{ id: 'cd1', title: 'Mine', createdAt: T0, cards: [goodCard] }]
	});
}

/** Where the parser says the file is damaged, or 'accepted'. */
function damagedAt(doc: unknown): string {
	try {
		parseBackup(JSON.stringify(doc), T0);
		return 'accepted';
	} catch (error) {
		if (!(error instanceof BackupError) || error.problem.code !== 'damaged') throw error;
		return error.problem.where ?? '';
	}
}

/** The backup with the row at `index` of `table` repeated at its end. */
function withRepeatedRow(table: 'cards' | 'meta' | (typeof FEATURE_TABLES)[number], index = 0): unknown {
	const doc = aBackup() as unknown as Record<string, unknown[]>;
	const rows = doc[table] ?? [];
	return { ...doc, [table]: [...rows, { ...(rows[index] as object) }] };
}

describe('backup keys', () => {
	it('accepts the backup as made', () => {
		expect(damagedAt(aBackup())).toBe('accepted');
	});

	it('knows the key of every table a backup carries', () => {
		for (const table of ['cards', 'meta', 'mistakes', ...FEATURE_TABLES])
			expect(PRIMARY_KEYS[table], table).toMatch(/^\w+$/);
	});

	it.each([
		['meta', 1, 'meta.2.key'],
		['cards', 0, 'cards.1.id'],
		['missions', 0, 'missions.1.missionId'],
		['studyTerms', 0, 'studyTerms.1.entryId'],
		['assignments', 0, 'assignments.1.id'],
		['reports', 0, 'reports.1.id'],
		['issued', 0, 'issued.1.id'],
		['customDecks', 0, 'customDecks.1.id']
	] as const)('refuses two %s rows with one key, naming the second', (table, index, where) => {
		expect(damagedAt(withRepeatedRow(table, index))).toBe(where);
	});

	it('refuses two rows with one key in a version-1 backup', () => {
		const { reviews: _r, mistakes: _m, missions: _s, studyTerms: _t, ...rest } = aBackup();
		const v1 = { ...rest, version: 1, reviews: [], meta: [...rest.meta, { key: 'dupkey', value: 2 }] };
		for (const name of ['assignments', 'reports', 'issued', 'customDecks'] as const) delete v1[name];
		expect(damagedAt(v1)).toBe('meta.2.key');
	});
});

describe('custom decks in a backup', () => {
	const withDeck = (deck: Record<string, unknown>) => ({
		...aBackup(),
		customDecks: [{ id: 'cd2', title: 'BadCards', createdAt: 1, cards: [goodCard], ...deck }]
	});

	it('refuses a card with no Chinese and no meaning, naming the card and field', () => {
		const blank = { hanzi: '', english: '', pinyin: ['a', 'b', 'c'], level: null, tags: [] };
		expect(damagedAt(withDeck({ cards: [blank] }))).toBe('customDecks.0.cards.0.hanzi');
		expect(damagedAt(withDeck({ cards: [goodCard, { ...goodCard, english: ' ' }] }))).toBe(
			'customDecks.0.cards.1.english'
		);
	});

	it('refuses hanzi that is not Chinese and pinyin that does not read the hanzi', () => {
		const latin = { hanzi: 'abc', english: 'x', pinyin: [], level: null, tags: [] };
		expect(damagedAt(withDeck({ cards: [goodCard, latin] }))).toBe('customDecks.0.cards.1.hanzi');
		expect(damagedAt(withDeck({ cards: [{ ...goodCard, pinyin: ['kè'] }] }))).toBe(
			'customDecks.0.cards.0.pinyin'
		);
		expect(damagedAt(withDeck({ cards: [{ ...goodCard, pinyin: ['a', 'b'] }] }))).toBe(
			'customDecks.0.cards.0.pinyin'
		);
	});

	it('refuses a deck with no cards or no title', () => {
		expect(damagedAt(withDeck({ cards: [] }))).toBe('customDecks.0.cards');
		expect(damagedAt(withDeck({ title: '' }))).toBe('customDecks.0.title');
	});

	it('accepts a deck the import could make, erhua and neutral tones included', () => {
		const erhua = {
			hanzi: '一会儿',
			english: 'a moment',
			pinyin: ['yí', 'huìr', ''],
			level: 'A2',
			tags: ['time']
		};
		const neutral = { hanzi: '朋友', english: 'friend', pinyin: ['péng', 'you'], level: null, tags: [] };
		expect(damagedAt(withDeck({ cards: [goodCard, erhua, neutral] }))).toBe('accepted');
	});
});
