/**
 * The one IndexedDB database. Every schema version is declared here with its upgrade function;
 * only the repositories in this folder import it.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Level } from '$lib/content/schema';
import type { AnsweredTicket } from '$lib/domain/desk/answers';
import type { ReplyPart } from '$lib/domain/desk/reply-check';
import type { MistakeKind } from '$lib/domain/practice/sources';
import type { CustomCard } from '$lib/domain/decks/custom-deck';
import type { Assignment, Report } from '$lib/domain/sharing/documents';
import {
	ANSWER_SOURCES,
	type AnswerSource,
	type CardState,
	type Grade,
	type MemoryState
} from '$lib/domain/scheduling/types';
import { cardChangeTracking } from './card-change-tracking';
import { appendBlocks } from './card-history';
import type { CardColumns } from './card-mirror';
import { announceClosedByUpgrade } from './connection-events';
import { announceDatabaseCreated, DB_NAME, setDatabaseInUse, storedSchemaVersion } from './stored-database';

export { ANSWER_SOURCES, DB_NAME, type AnswerSource };

/** A card's FSRS memory (ts-fsrs field names) plus the flags the learner sets. */
export interface CardRow extends MemoryState {
	/** `${itemId}:${template}` */
	id: string;
	itemId: string;
	template: string;
	/** 1 when suspended; a number so it can be indexed */
	suspended: 0 | 1;
	/** epoch ms; 0 when not buried */
	buriedUntil: number;
	/** epoch ms when the learner reset the card to new; answers before it no longer shape its memory */
	forgottenAt?: number;
	/** where a new card was moved in the new-card order: negative first, positive last, unset in course order */
	position?: number;
}

/**
 * Up to PAGE_CARDS stored cards as typed columns, a copy of their rows for reading every card at
 * once (card-mirror.ts). Card i has `numbers[i * 14 …]`; a row the columns cannot hold is in `odd`.
 */
export interface CardPageRow {
	/** -1 for the row that says the pages are complete, then 0, 1, … in key order */
	page: number;
	ids: string[];
	templates: string[];
	numbers: Float64Array;
	/** bits: 1 last_review, 2 forgottenAt, 4 position; 0x80 the row is kept as it is in `odd` */
	present: Uint8Array;
	odd: CardRow[];
}

/**
 * One write to `cards` (card-change-tracking.ts): the cards it wrote, or `all` when it may have
 * written any card, or a restart of the record. The keys count up in the order of the writes.
 */
export interface CardWriteRow {
	seq?: number;
	ids?: string[];
	all?: true;
	/** the writes before this one were forgotten (the card pages were rewritten) */
	restart?: true;
}

/** The rows of one deck's cards as they were when a session last read them (deck-snapshots.ts). */
export interface DeckSnapshotRow {
	/** deckKey of `ids` */
	key: string;
	/** epoch ms when taken; the oldest go first */
	at: number;
	/** the key of the last card write recorded when it was taken: later writes are read from `cardWrites` */
	seq: number;
	/** the deck's card ids, in the order the session asked for them, as JSON */
	ids: string;
	/** the rows of those cards, in the same order */
	columns: CardColumns;
}

/**
 * The three columns of a packed block that the stats read, kept beside the block under its id: the
 * stats then read a tenth of the bytes of the whole blocks.
 */
export interface BlockStatsRow {
	id: number;
	reviewedAt: Float64Array;
	grade: Uint8Array;
	stateBefore: Uint8Array;
}

/** One graded answer; the log is the source of truth that card rows are rebuilt from. */
export interface ReviewRow {
	id?: number;
	cardId: string;
	grade: Grade;
	/** epoch ms */
	reviewedAt: number;
	source: AnswerSource;
	/** ms the learner spent on the card */
	durationMs: number;
	/** the card's state before this answer, for stats (new cards introduced, true retention) */
	stateBefore: CardState;
	/** days until the next review that this answer scheduled */
	scheduledDays: number;
	/**
	 * The card's memory just before this answer, so undo restores it without replaying the card's
	 * history; null when the card had never been answered. Dropped when the row is packed into a block.
	 */
	cardBefore?: MemoryState | null;
}

/**
 * Older answers packed as typed columns: reading a million answers as rows takes seconds, as
 * blocks a fraction of one. Answer i of the block is card `cardIds[card[i]]`.
 */
export interface ReviewBlockRow {
	id?: number;
	/** epoch ms of the latest answer in the block, so queries by date can skip whole blocks */
	lastAt: number;
	/** epoch ms of the earliest answer in the block */
	firstAt: number;
	/** answers in the block, indexed so the log's length is counted without reading blocks */
	size: number;
	/** the block's distinct card ids (stored as one string, see StoredBlockRow) */
	cardIds: string[];
	card: Uint32Array;
	/** the answers' review log ids */
	ids: Float64Array;
	grade: Uint8Array;
	reviewedAt: Float64Array;
	/** index into ANSWER_SOURCES */
	source: Uint8Array;
	durationMs: Float64Array;
	stateBefore: Uint8Array;
	scheduledDays: Float64Array;
}

/**
 * A block as stored since version 9: its card ids as one JSON string. Thousands of separate strings
 * per block made reading the blocks several times slower, and nothing queries blocks by card any more.
 */
export interface StoredBlockRow extends Omit<ReviewBlockRow, 'cardIds'> {
	/** the block's distinct card ids, as a JSON array */
	cardIdsJson: string;
	/**
	 * Each answer's card as an index into the whole log's card list (LogCardsRow), so reading the log
	 * numbers no card; missing in blocks written before the list was kept.
	 */
	logCard?: Uint32Array;
}

/** The cards of every packed block, numbered in order of first answer, as `logCard` indexes them. */
export interface LogCardsRow {
	id: 0;
	/** the card ids as a JSON array */
	cardIdsJson: string;
	/** how many blocks the list covers: it holds only while it covers every stored block */
	blocks: number;
}

/** One card's packed answers, in log order: the blocks' columns for this card alone. */
export interface CardHistoryRow {
	cardId: string;
	ids: Float64Array;
	grade: Uint8Array;
	reviewedAt: Float64Array;
	source: Uint8Array;
	durationMs: Float64Array;
	stateBefore: Uint8Array;
	scheduledDays: Float64Array;
}

/**
 * Many cards' packed answers in one row, as a restore writes them: every card whose id falls in
 * `bucket` (see historyBucket), in log order. A restore writes a few thousand of these, not a row per card.
 */
export interface HistoryChunkRow extends Omit<StoredBlockRow, 'id' | 'lastAt' | 'firstAt' | 'size'> {
	bucket: number;
}

/** One wrong answer, for the mistake notebook (错题本); written with its review, in one transaction. */
export interface MistakeRow {
	id?: number;
	/** the item answered wrongly: an entry, collocation, mistake pair or mission id */
	itemId: string;
	cardId: string;
	/** the review log entry this mistake belongs to */
	reviewId: number;
	kind: MistakeKind;
	source: AnswerSource;
	expected: string;
	given: string;
	/** what exactly went wrong, in a notation without words: "系 2→4", "✗ 客人" */
	note?: string;
	/** epoch ms */
	at: number;
}

/** An assignment the learner accepted from a teacher's link or file. */
export interface AssignmentRow {
	id: string;
	/** epoch ms */
	acceptedAt: number;
	doc: Assignment;
}

/** An assignment this device's teacher made, so its link can be shared again. */
export interface IssuedRow {
	id: string;
	/** epoch ms */
	issuedAt: number;
	doc: Assignment;
}

/** A learner's report the teacher imported; the id is the report's content hash, so a repeat is one row. */
export interface ReportRow {
	id: string;
	assignmentId: string;
	learnerId: string;
	/** epoch ms */
	importedAt: number;
	doc: Report;
}

/** A deck imported from CSV/TSV; card n (from 1) is item `custom.<id>.<n>`, so its progress is stable. */
export interface CustomDeckRow {
	id: string;
	title: string;
	/** epoch ms */
	createdAt: number;
	cards: CustomCard[];
}

/** The learner's progress on one simulator mission. */
export interface MissionRow {
	missionId: string;
	attempts: number;
	/** epoch ms of the first correct answer; 0 while unsolved */
	solvedAt: number;
	/** epoch ms of the latest attempt */
	lastAttemptAt: number;
	/** the latest answer, as text */
	lastGiven: string;
	/** the dataset seed the latest attempt was checked against */
	seed: number;
}

/** A word the learner met in the simulator and chose (or a finished mission chose) to study. */
export interface StudyTermRow {
	entryId: string;
	/** epoch ms */
	addedAt: number;
	/** the mission that added it, or 'term' when added from a label */
	from: string;
}

/** A ticket answered at the 客服 desk: what the reply did to its customer's satisfaction. */
export interface DeskAnswerRow extends AnsweredTicket {
	/** deskAnswerId: shop, customer and the ticket's age in days */
	id: string;
	/** shopKey: the seed and size the shop was generated with */
	shop: string;
	/** rules the reply passed, of those checked */
	passed: number;
	total: number;
	reply: string;
	/** the parts in the learner's order, when the reply was put together from them (B1–B2) */
	parts?: ReplyPart[];
	level: Level;
	/** epoch ms */
	answeredAt: number;
}

/** A copy of all progress taken automatically before a restore, so the restore can be undone. */
export interface SnapshotRow {
	id?: number;
	/** epoch ms */
	takenAt: number;
	/** answers in the copy */
	reviews: number;
	/** the backup document, as JSON */
	text: string;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	/** Moves data written by the previous version into this one's shape. */
	upgrade: (tx: Transaction) => Promise<void>;
}

/** Each version lists only what changes, and says how to migrate; never edit a shipped version. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: {
			cards: 'id, due, itemId, [suspended+due]',
			reviews: '++id, cardId, reviewedAt, [cardId+reviewedAt]',
			meta: 'key'
		},
		// The first version has nothing before it to migrate.
		upgrade: async () => {}
	},
	{
		version: 2,
		stores: { mistakes: '++id, itemId, kind, at, reviewId', reviewBlocks: '++id, lastAt' },
		// New, empty tables: version 1 recorded no mistakes, and old answers are packed later, in the background.
		upgrade: async () => {}
	},
	{
		version: 3,
		stores: {
			missions: 'missionId',
			studyTerms: 'entryId, addedAt'
		},
		// New tables only: nothing stored before needs to move.
		upgrade: async () => {}
	},
	{
		version: 4,
		stores: {
			assignments: 'id, acceptedAt',
			reports: 'id, assignmentId, learnerId, importedAt',
			customDecks: 'id, createdAt',
			issued: 'id, issuedAt'
		},
		// New, empty tables: earlier versions had no class work or custom decks.
		upgrade: async () => {}
	},
	{
		version: 5,
		stores: { snapshots: '++id, takenAt' },
		// A new, empty table: no restore before this version kept a copy.
		upgrade: async () => {}
	},
	{
		version: 6,
		stores: { reviewBlocks: '++id, lastAt, *cardIds' },
		// Blocks kept their card ids as one newline-joined string; as a list they can be indexed.
		upgrade: async (tx) => {
			await tx
				.table('reviewBlocks')
				.toCollection()
				.modify((block: { cardIds: string | string[] }) => {
					if (typeof block.cardIds === 'string') block.cardIds = block.cardIds.split('\n');
				});
		}
	},
	{
		version: 7,
		stores: {
			cards:
				'id, due, itemId, [suspended+due], lapses, difficulty, stability, buriedUntil, template, [state+due], [state+lapses], [state+difficulty], [state+stability]',
			cardHistories: 'cardId',
			reviewBlocks: '++id, lastAt, *cardIds, firstAt, size'
		},
		// Card rows keep their shape (the browser's new indexes fill themselves); each card's packed answers are gathered once.
		upgrade: async (tx) => {
			const blocks = tx.table<ReviewBlockRow>('reviewBlocks');
			await blocks.toCollection().modify((b) => {
				b.size = b.ids.length;
				b.firstAt = b.reviewedAt.reduce((min, t) => Math.min(min, t), Infinity);
			});
			await tx.table('cardHistories').bulkPut(appendBlocks(new Map(), await blocks.orderBy('id').toArray()));
		}
	},
	{
		version: 8,
		stores: { deskAnswers: 'id, shop' },
		// A new, empty table: desk answers were kept only in the page before this version.
		upgrade: async () => {}
	},
	{
		version: 9,
		stores: { reviewBlocks: '++id, lastAt, firstAt, size' },
		// Card histories answer "which answers has this card": the card index on blocks goes, and each
		// block's card list becomes one string, answers and ids intact.
		upgrade: async (tx) => {
			await tx
				.table('reviewBlocks')
				.toCollection()
				.modify((block: Partial<ReviewBlockRow> & Partial<StoredBlockRow>) => {
					if (Array.isArray(block.cardIds)) block.cardIdsJson = JSON.stringify(block.cardIds);
					delete block.cardIds;
				});
		}
	},
	{
		version: 10,
		stores: { historyChunks: 'bucket' },
		// A new, empty table that restores write histories into; the per-card histories stored so far
		// stay where they are and are read beside it.
		upgrade: async () => {}
	},
	{
		version: 11,
		stores: { cardPages: 'page', cardChanges: 'id', blockStats: 'id', logCards: 'id' },
		// The card pages start empty: the first reader of every card reads the rows and writes them.
		// Each stored block gets its stats columns and its answers' cards numbered over the whole log.
		upgrade: async (tx) => {
			const blocks = await tx.table<StoredBlockRow>('reviewBlocks').toArray();
			const numbering = blocks.length > 0 ? numberBlockCards(blocks) : null;
			await Promise.all([
				tx.table<BlockStatsRow>('blockStats').bulkPut(blocks.map(blockStatsOf)),
				numbering && tx.table<StoredBlockRow>('reviewBlocks').bulkPut(numbering.numbered),
				numbering && tx.table<LogCardsRow>('logCards').put(numbering.list)
			]);
		}
	},
	{
		version: 12,
		stores: { cardChanges: null, cardWrites: '++seq', deckSnapshots: 'key, at' },
		// Card writes are recorded a row per write rather than a row per card. The card pages kept so far
		// were behind by the cards the old list named, which goes: a write of every card is recorded in
		// its place, so the next reader of every card reads the rows and writes the pages again.
		upgrade: async (tx) => {
			await tx.table<CardWriteRow>('cardWrites').add({ all: true });
		}
	}
];

/** The stats columns of a stored block. */
export function blockStatsOf(
	block: Pick<StoredBlockRow, 'id' | 'reviewedAt' | 'grade' | 'stateBefore'>
): BlockStatsRow {
	return {
		id: block.id ?? 0,
		reviewedAt: block.reviewedAt,
		grade: block.grade,
		stateBefore: block.stateBefore
	};
}

/**
 * Blocks with each answer's card numbered over all of them, in block order, and the list of those
 * cards; null when a block's cards cannot be read, so the log is numbered while reading, as before.
 */
export function numberBlockCards(
	blocks: readonly StoredBlockRow[]
): { numbered: StoredBlockRow[]; list: LogCardsRow } | null {
	const index = new Map<string, number>();
	try {
		const numbered = blocks.map((block) => {
			const ids: unknown = JSON.parse(block.cardIdsJson);
			if (!Array.isArray(ids) || !(block.card instanceof Uint32Array)) throw new TypeError('not a block');
			const global = ids.map((id: unknown) => {
				const key = String(id);
				let c = index.get(key);
				if (c === undefined) index.set(key, (c = index.size));
				return c;
			});
			return { ...block, logCard: Uint32Array.from(block.card, (local) => global[local] ?? 0) };
		});
		return {
			numbered,
			list: { id: 0, cardIdsJson: JSON.stringify([...index.keys()]), blocks: blocks.length }
		};
	} catch {
		return null;
	}
}

export class AppDatabase extends Dexie {
	cards!: EntityTable<CardRow, 'id'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;
	mistakes!: EntityTable<MistakeRow, 'id'>;
	reviewBlocks!: EntityTable<StoredBlockRow, 'id'>;
	assignments!: EntityTable<AssignmentRow, 'id'>;
	reports!: EntityTable<ReportRow, 'id'>;
	customDecks!: EntityTable<CustomDeckRow, 'id'>;
	issued!: EntityTable<IssuedRow, 'id'>;
	missions!: EntityTable<MissionRow, 'missionId'>;
	studyTerms!: EntityTable<StudyTermRow, 'entryId'>;
	snapshots!: EntityTable<SnapshotRow, 'id'>;
	cardHistories!: EntityTable<CardHistoryRow, 'cardId'>;
	historyChunks!: EntityTable<HistoryChunkRow, 'bucket'>;
	deskAnswers!: EntityTable<DeskAnswerRow, 'id'>;
	cardPages!: EntityTable<CardPageRow, 'page'>;
	cardWrites!: EntityTable<CardWriteRow, 'seq'>;
	blockStats!: EntityTable<BlockStatsRow, 'id'>;
	logCards!: EntityTable<LogCardsRow, 'id'>;
	deckSnapshots!: EntityTable<DeckSnapshotRow, 'key'>;

	readonly #versions: readonly SchemaVersion[];
	#upgraded: Promise<void> | null = null;

	constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
		super(name);
		this.#versions = versions;
		// Declaring every version costs each page several milliseconds, yet a new database, or one already
		// at the latest version, needs only the latest; `open` runs the older ones when they are needed.
		const latest = versions[versions.length - 1];
		if (latest) this.version(latest.version).stores(latestStores(versions)).upgrade(latest.upgrade);
		this.use(cardChangeTracking);
		// A newer version of the app opened in another tab: step aside so it can upgrade, and say so.
		this.on('versionchange', () => {
			this.close({ disableAutoOpen: true });
			announceClosedByUpgrade();
			return false;
		});
	}

	/**
	 * Opens the database. One stored at an older version (or in a browser that cannot tell) is first
	 * upgraded through every version by a connection of its own, which then closes.
	 */
	override open() {
		let creating = false;
		this.#upgraded ??= storedSchemaVersion(this.name).then(async (stored) => {
			creating = stored === null;
			if (stored === null || (stored !== undefined && stored >= this.verno)) return;
			const chain = new Dexie(this.name);
			for (const v of this.#versions) chain.version(v.version).stores(v.stores).upgrade(v.upgrade);
			await chain.open();
			chain.close();
		});
		return Dexie.Promise.resolve(this.#upgraded)
			.then(() => super.open())
			.then((db) => {
				if (creating) announceDatabaseCreated(this.name);
				return db;
			});
	}
}

/** The stores of the latest version: each version's changes applied in order. */
function latestStores(versions: readonly SchemaVersion[]): Record<string, string | null> {
	return Object.assign({}, ...versions.map((v) => v.stores)) as Record<string, string | null>;
}

/** The primary key path of each table at the latest version, read from its store declaration. */
export const PRIMARY_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(latestStores(SCHEMA_VERSIONS)).flatMap(([table, store]) =>
		store === null ? [] : [[table, (store.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '')]]
	)
);

let instance: AppDatabase | null = null;

/** The shared database, opened on first use. */
export function database(): AppDatabase {
	instance ??= new AppDatabase();
	return instance;
}

/** Tests and the bench swap in a fresh database. */
export function useDatabase(db: AppDatabase): void {
	instance = db;
	setDatabaseInUse(db.name);
}
