/**
 * Custom decks from a teacher's or learner's CSV/TSV: hanzi, English, optional pinyin, level and tags.
 * Every row is checked and reported on its own, so the preview can show what would be saved and why
 * a row would not, before anything is stored.
 */
import { parsePinyin } from '../answers/pinyin-input';
import { markTone } from '../answers/pinyin-marks';
import { isSyllable } from '../answers/syllable-split';
import { cardIdsFor, customItemId } from '../cards/card-id';
import { templatesFor } from '../cards/templates';
import { CEFR_LEVELS, type CefrLevel, type ItemSource } from '../cards/items';
import { cleanText, textFault } from '../sharing/text-safety';
import { guessSeparator, readDelimited, type DelimitedRow } from '../tables/delimited';

export const MAX_DECK_ROWS = 2000;
/** characters of CSV/TSV text an import may hold */
export const MAX_DECK_TEXT = 1024 * 1024;

export interface CustomCard {
	hanzi: string;
	english: string;
	/** syllables with tone marks, one per Chinese character */
	pinyin: string[];
	level: CefrLevel | null;
	tags: string[];
}

export type RowProblem =
	| 'hanzi-missing'
	| 'hanzi-not-chinese'
	| 'english-missing'
	| 'too-long'
	| 'markup'
	| 'hidden-text'
	| 'quote-unclosed'
	| 'pinyin-invalid'
	| 'pinyin-tone-number'
	| 'pinyin-tones'
	| 'pinyin-count'
	| 'pinyin-missing'
	| 'level-invalid'
	| 'tag-invalid'
	| 'duplicate'
	| 'too-many-rows';

export interface RowIssue {
	problem: RowProblem;
	/** the offending text, or the row it duplicates */
	detail: string;
}

/** One line of the file: the card it makes, or what is wrong with it. */
export type ParsedRow =
	| { line: number; ok: true; card: CustomCard; pinyinFilled: boolean }
	| { line: number; ok: false; cells: string[]; issues: RowIssue[] };

/** Fills pinyin for hanzi (pinyin-pro, loaded lazily by the import screen). */
export type PinyinFiller = (hanzi: string) => string[];

const HAN = /\p{Script=Han}/gu;
const HAN_ANY = /\p{Script=Han}/u;
const COLUMNS = ['hanzi', 'english', 'pinyin', 'level', 'tags'] as const;
type Column = (typeof COLUMNS)[number];
const HEADER_NAMES: Record<string, Column> = {
	hanzi: 'hanzi',
	chinese: 'hanzi',
	characters: 'hanzi',
	word: 'hanzi',
	汉字: 'hanzi',
	中文: 'hanzi',
	词语: 'hanzi',
	english: 'english',
	meaning: 'english',
	gloss: 'english',
	英文: 'english',
	意思: 'english',
	pinyin: 'pinyin',
	拼音: 'pinyin',
	level: 'level',
	cefr: 'level',
	级别: 'level',
	tags: 'tags',
	tag: 'tags',
	标签: 'tags'
};
const TAG = /^[\p{L}\p{N}_-]{1,30}$/u;

/** Column order from a header row, or null when the first row is data. */
function headerColumns(cells: readonly string[]): (Column | null)[] | null {
	const mapped = cells.map((c) => HEADER_NAMES[c.trim().toLowerCase()] ?? null);
	return mapped.includes('hanzi') ? mapped : null;
}

/** "huìr" is 会儿 read as one syllable: a valid syllable plus r (but not "er" itself). */
function erhuaBase(letters: string): string | null {
	const base = letters.slice(0, -1);
	return letters.endsWith('r') && base !== 'e' && isSyllable(base) ? base : null;
}

/**
 * Pinyin as written (tone numbers or marks, any spacing) as marked syllables, one per Chinese character
 * of `hanzi`, or the problem. An unmarked syllable is a neutral tone (péngyou, xièxie) unless no syllable
 * has a tone at all; erhua (yí huìr) puts "huìr" over 会 and nothing over the 儿 after it.
 */
export function readPinyin(text: string, hanzi: string): string[] | RowIssue {
	const chars = hanzi.match(HAN) ?? [];
	// The reader takes 1–4 as tones and 5 or 0 as the neutral tone, and would skip any other digit.
	const badDigit = text.normalize('NFKC').match(/[\p{L}:]*(?:[0-9]{2,}|[6-9])/u);
	if (badDigit) return { problem: 'pinyin-tone-number', detail: badDigit[0] };
	const parsed = parsePinyin(text);
	const bad = parsed.find((s) => !isSyllable(s.letters) && !erhuaBase(s.letters));
	if (parsed.length === 0 || bad) return { problem: 'pinyin-invalid', detail: bad?.letters ?? text };
	if (parsed.length > 1 && parsed.every((s) => s.tone === null))
		return { problem: 'pinyin-tones', detail: text };
	const out: string[] = [];
	for (const s of parsed) {
		const base = isSyllable(s.letters) ? null : erhuaBase(s.letters);
		out.push(base === null ? markTone(s.letters, s.tone ?? 0) : `${markTone(base, s.tone ?? 0)}r`);
		if (base !== null && chars[out.length] === '儿') out.push('');
	}
	if (out.length !== chars.length)
		return { problem: 'pinyin-count', detail: `${parsed.length}/${chars.length}` };
	return out;
}

const MARKUP = /[<>]/;

/** A card's field and what is wrong with it. */
export type CardIssue = RowIssue & { field: keyof CustomCard };

/** Missing, non-Chinese or overlong hanzi and meaning: the rules for a card's words, however it arrived. */
function wordIssues(hanzi: string, english: string): CardIssue[] {
	const issues: CardIssue[] = [];
	if (!hanzi.trim()) issues.push({ field: 'hanzi', problem: 'hanzi-missing', detail: '' });
	else if (!HAN_ANY.test(hanzi)) issues.push({ field: 'hanzi', problem: 'hanzi-not-chinese', detail: hanzi });
	if (!english.trim()) issues.push({ field: 'english', problem: 'english-missing', detail: '' });
	if (hanzi.length > 40) issues.push({ field: 'hanzi', problem: 'too-long', detail: '' });
	else if (english.length > 200) issues.push({ field: 'english', problem: 'too-long', detail: '' });
	return issues;
}

function tagIssue(tags: readonly string[]): CardIssue | null {
	const bad = tags.find((t) => !TAG.test(t));
	return bad === undefined ? null : { field: 'tags', problem: 'tag-invalid', detail: bad.slice(0, 40) };
}

/**
 * Whether stored syllables read `hanzi` as the import writes them: one per Chinese character, each
 * one real syllable (tone-marked, or unmarked for the neutral tone), and '' only over the 儿 of erhua.
 */
function storedPinyinProblem(pinyin: readonly string[], hanzi: string): RowProblem | null {
	const chars = hanzi.match(HAN) ?? [];
	if (pinyin.length !== chars.length) return 'pinyin-count';
	const fits = pinyin.every((s, i) => {
		if (s === '') return chars[i] === '儿' && (pinyin[i - 1] ?? '').endsWith('r');
		const [one, ...more] = parsePinyin(s);
		return one !== undefined && more.length === 0 && (isSyllable(one.letters) || !!erhuaBase(one.letters));
	});
	return fits ? null : 'pinyin-invalid';
}

/**
 * What is wrong with a stored card (one saved by the import, or carried in a backup or an assignment),
 * by the rules the deck import holds every row to; empty when it can be studied.
 */
export function customCardIssues(card: CustomCard): CardIssue[] {
	const issues: CardIssue[] = [];
	for (const field of ['hanzi', 'english'] as const)
		if (MARKUP.test(card[field])) issues.push({ field, problem: 'markup', detail: card[field].slice(0, 40) });
	issues.push(...wordIssues(card.hanzi, card.english));
	const pinyin = storedPinyinProblem(card.pinyin, card.hanzi);
	if (pinyin) issues.push({ field: 'pinyin', problem: pinyin, detail: card.pinyin.join(' ').slice(0, 40) });
	const tag = tagIssue(card.tags);
	if (tag) issues.push(tag);
	return issues;
}

function readRow(cells: string[], columns: readonly (Column | null)[], fill: PinyinFiller | null) {
	const get = (c: Column) => (cells[columns.indexOf(c)] ?? '').trim();
	const issues: RowIssue[] = [];
	const hanzi = get('hanzi');
	const english = get('english');
	const han = hanzi.match(HAN)?.length ?? 0;
	for (const c of cells) if (MARKUP.test(c)) issues.push({ problem: 'markup', detail: c.slice(0, 40) });
	// The rule shared documents are held to: a card that breaks it could never be assigned.
	if (cells.some((c) => textFault(c) !== null)) issues.push({ problem: 'hidden-text', detail: '' });
	for (const { problem, detail } of wordIssues(hanzi, english)) issues.push({ problem, detail });
	let pinyin: string[] = [];
	let pinyinFilled = false;
	if (get('pinyin')) {
		const read = readPinyin(get('pinyin'), hanzi);
		if (Array.isArray(read)) pinyin = read;
		else if (han > 0) issues.push(read);
	} else if (han > 0 && fill) {
		pinyin = fill(hanzi).slice(0, han);
		pinyinFilled = true;
	} else if (han > 0) issues.push({ problem: 'pinyin-missing', detail: '' });
	const levelText = get('level').toUpperCase();
	const level = (CEFR_LEVELS as readonly string[]).includes(levelText) ? (levelText as CefrLevel) : null;
	if (levelText && !level) issues.push({ problem: 'level-invalid', detail: get('level') });
	const tags = get('tags')
		.split(/[\s;,]+/)
		.filter(Boolean);
	const tag = tagIssue(tags);
	if (tag) issues.push({ problem: tag.problem, detail: tag.detail });
	return { issues, card: { hanzi, english, pinyin, level, tags: tags.slice(0, 10) }, pinyinFilled };
}

/** The table up to the first row past the cap (header and blank lines aside), so a huge paste is not read whole. */
function tableUpToCap(text: string): DelimitedRow[] {
	const separator = guessSeparator(text);
	const enough = MAX_DECK_ROWS + 2;
	for (let limit = enough; ; limit *= 2) {
		const table = readDelimited(text, separator, limit);
		const filled = table.filter((r) => r.cells.some((c) => c.trim() !== '')).length;
		if (table.length < limit || filled >= enough) return table;
	}
}

/** A cell on one line: a line break or tab inside a quoted cell reads as a space, as a card shows it. */
function oneLine(cell: string): string {
	return cell.replace(/[^\S\r\n\t]*[\r\n\t]+\s*/g, ' ');
}

/**
 * Reads the rows of a CSV or TSV; blank lines are skipped, a header row is recognised by its names.
 * Each row is numbered by the line it starts on; a row with a quote that is never closed is reported
 * and the lines after it are read as usual (see readDelimited). Reading stops at the row cap: the
 * first row past it says so, and the rest is never read.
 */
export function parseCustomDeck(text: string, fill: PinyinFiller | null): ParsedRow[] {
	const table = tableUpToCap(text);
	const first = table[0];
	const header = first && first.unclosedQuote === undefined ? headerColumns(first.cells) : null;
	const columns = header ?? [...COLUMNS];
	const seen = new Map<string, number>();
	const rows: ParsedRow[] = [];
	for (const [index, { line, cells: read, unclosedQuote }] of table.entries()) {
		if ((header && index === 0) || read.every((c) => c.trim() === '')) continue;
		const cells = read.map(oneLine);
		// A refused row is shown with characters that hide or reorder text as spaces, so it reads as written.
		const shown = cells.map((c) => cleanText(c));
		if (rows.length >= MAX_DECK_ROWS) {
			const issues = [{ problem: 'too-many-rows' as const, detail: String(MAX_DECK_ROWS) }];
			rows.push({ line, ok: false, cells: shown.slice(0, 5), issues });
			break;
		}
		if (unclosedQuote !== undefined) {
			const issues = [{ problem: 'quote-unclosed' as const, detail: String(unclosedQuote) }];
			rows.push({ line, ok: false, cells: shown, issues });
			continue;
		}
		const { issues, card, pinyinFilled } = readRow(cells, columns, fill);
		const firstLine = seen.get(card.hanzi);
		if (card.hanzi && firstLine !== undefined)
			issues.push({ problem: 'duplicate', detail: String(firstLine) });
		if (card.hanzi && firstLine === undefined) seen.set(card.hanzi, line);
		rows.push(
			issues.length ? { line, ok: false, cells: shown, issues } : { line, ok: true, card, pinyinFilled }
		);
	}
	return rows;
}

/**
 * The cards of a stored deck that can be studied, each with its place in the deck (which its ids
 * keep): a deck stored before these rules, or restored from such a backup, may hold others.
 */
export function studiableCards(cards: readonly CustomCard[]): { card: CustomCard; index: number }[] {
	return cards.flatMap((card, index) => (customCardIssues(card).length === 0 ? [{ card, index }] : []));
}

/** The cards of the rows that passed. */
export function goodCards(rows: readonly ParsedRow[]): CustomCard[] {
	return rows.flatMap((r) => (r.ok ? [r.card] : []));
}

/** A custom card as a learnable item: a word with no entry page and no examples. */
export function customItem(deckId: string, card: CustomCard, index: number): ItemSource {
	return {
		id: customItemId(deckId, index + 1),
		kind: 'word',
		hanzi: card.hanzi,
		pinyin: card.pinyin,
		gloss: card.english,
		level: card.level ?? 'B1',
		examples: []
	};
}

/** How many cards each custom word makes (recognition, recall, typed pinyin, listening: no cloze without examples). */
export const CUSTOM_CARD_TYPES = templatesFor(
	customItem('deck', { hanzi: '字', english: 'x', pinyin: ['zì'], level: null, tags: [] }, 0)
).length;

/** Every card id of a custom deck, in card order. */
export function customDeckCardIds(deckId: string, cards: readonly CustomCard[]): string[] {
	return cards.flatMap((c, i) => cardIdsFor(customItem(deckId, c, i)));
}
