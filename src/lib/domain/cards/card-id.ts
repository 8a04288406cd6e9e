/**
 * Every id form progress is keyed by, built and read in one place:
 * entry "kehu-guanxi" → item "kehu-guanxi.colloc.weihu" → card "kehu-guanxi.colloc.weihu:recall";
 * drills, quizzes and missions are cards with an exercise template; custom items are "custom.<deck>.<n>".
 */
import type { ItemSource } from './items';
import { isTemplate, templatesFor, type Template } from './templates';

/** A card id built or checked by this module. Plain strings from storage must go through parseCardId. */
export type CardId = string & { readonly __brand: 'CardId' };

/** The prefix of simulator mission items ("mission.rfm-count"). */
export const MISSION_PREFIX = 'mission.';
/** The prefix of items from a learner's imported deck ("custom.<deck id>.<n>"). */
export const CUSTOM_PREFIX = 'custom.';

/** A card id (`${itemId}:${template}`) that cannot be built or read. */
export class CardIdError extends Error {
	override readonly name = 'CardIdError';
	constructor(
		readonly id: string,
		reason: string
	) {
		super(`Bad card id "${id}": ${reason}`);
	}
}

/** A card is an item shown through a template; progress is keyed by this id. */
export type CardRef = { itemId: string; template: Template };

function checkItemId(itemId: string, cardId: string): void {
	if (itemId === '') throw new CardIdError(cardId, 'the item id is empty');
	if (/[:\s]/.test(itemId)) throw new CardIdError(cardId, 'an item id may not contain ":" or spaces');
}

/** The id of one card: "kehu-guanxi:recall". Throws CardIdError for an item id with ':' or spaces. */
export function cardId(itemId: string, template: Template): CardId {
	const id = `${itemId}:${template}`;
	checkItemId(itemId, id);
	return id as CardId;
}

/** Like cardId, but null instead of throwing: for item ids read from storage or a document. */
export function tryCardId(itemId: string, template: Template): CardId | null {
	return itemId !== '' && !/[:\s]/.test(itemId) ? (`${itemId}:${template}` as CardId) : null;
}

/** The card a collocation or register drill is answered through. */
export const drillCardId = (itemId: string): CardId => cardId(itemId, 'drill');
/** The card a mistake quiz is answered through. */
export const quizCardId = (itemId: string): CardId => cardId(itemId, 'quiz');
/** The item of a simulator mission. */
export const missionItemId = (missionId: string): string => `${MISSION_PREFIX}${missionId}`;
/** The card a simulator mission is answered through ("mission.rfm-count:mission"). */
export const missionCardId = (missionId: string): CardId => cardId(missionItemId(missionId), 'mission');

/** Item n (from 1) of an imported deck: stable, and never an id the content uses (no "custom." there). */
export function customItemId(deckId: string, n: number): string {
	return `${CUSTOM_PREFIX}${deckId}.${n}`;
}

/** Whether an item comes from a learner's imported deck. */
export const isCustomItem = (itemId: string): boolean => itemId.startsWith(CUSTOM_PREFIX);

/** The item id of any card id, without throwing ("kefu.colloc.zhao:drill" → "kefu.colloc.zhao"). */
export function itemOfCard(id: string): string {
	const colon = id.lastIndexOf(':');
	return colon < 0 ? id : id.slice(0, colon);
}

/** The word an item belongs to: the part before the first dot ("kehu-guanxi.colloc.weihu" → "kehu-guanxi"). */
export function entryOfItem(itemId: string): string {
	return itemId.split('.')[0] ?? itemId;
}

/** The ids of every card an item gets, one per template from templatesFor. */
export function cardIdsFor(item: ItemSource): CardId[] {
	return templatesFor(item).map((template) => cardId(item.id, template));
}

/** Splits "kehu-guanxi.colloc.weihu:recall" into item id and template; throws CardIdError if malformed. */
export function parseCardId(id: string): CardRef {
	const colon = id.indexOf(':');
	if (colon < 0) throw new CardIdError(id, 'no ":" between item id and template');
	const itemId = id.slice(0, colon);
	const template = id.slice(colon + 1);
	checkItemId(itemId, id);
	if (!isTemplate(template)) throw new CardIdError(id, `unknown template "${template}"`);
	return { itemId, template };
}

/** Prefix of message-template items; content entry ids never contain a dot before their own id. */
export const TEMPLATE_ITEM_PREFIX = 'template.';

/** The study item id of a message template: "template.apology-kept-waiting". */
export function templateItemId(templateId: string): string {
	const id = `${TEMPLATE_ITEM_PREFIX}${templateId}`;
	checkItemId(id, id);
	return id;
}

/** What a desk reply can get wrong, as the item a notebook entry is kept under. */
export type DeskRuleRef =
	{ rule: 'move' | 'register' | 'fact' | 'order'; detail: string } | { rule: 'reply'; detail: string };

/** The prefix of the desk's reply-rule items ("desk.register.ni"). */
export const DESK_PREFIX = 'desk.';

/** The card a desk reply is answered through: "desk.move.apology:mission", or "desk.reply.ok:mission" when right. */
export function deskCardId(ref: DeskRuleRef): CardId {
	return cardId(`${DESK_PREFIX}${ref.rule}.${ref.detail}`, 'mission');
}

/** Where the app explains an item: a word page, a template on the templates page, the desk, a mission, or an imported deck. */
export type ItemHome =
	| { page: 'word'; entryId: string }
	| { page: 'template'; templateId: string }
	| { page: 'desk' }
	| { page: 'mission'; missionId: string }
	| { page: 'custom'; deckId: string };

/** The page an item belongs to, read from its id alone ("template.greet-nin-glad" → that template). */
export function itemHome(itemId: string): ItemHome {
	if (itemId.startsWith(TEMPLATE_ITEM_PREFIX))
		return { page: 'template', templateId: itemId.slice(TEMPLATE_ITEM_PREFIX.length) };
	if (itemId.startsWith(DESK_PREFIX)) return { page: 'desk' };
	if (itemId.startsWith(MISSION_PREFIX))
		return { page: 'mission', missionId: itemId.slice(MISSION_PREFIX.length) };
	if (isCustomItem(itemId))
		return { page: 'custom', deckId: itemId.slice(CUSTOM_PREFIX.length, itemId.lastIndexOf('.')) };
	return { page: 'word', entryId: entryOfItem(itemId) };
}
