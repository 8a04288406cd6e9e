import type { ItemSource } from './items';
import { isTemplate, templatesFor, type Template } from './templates';

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
export function cardId(itemId: string, template: Template): string {
	const id = `${itemId}:${template}`;
	checkItemId(itemId, id);
	return id;
}

/** The ids of every card an item gets, one per template from templatesFor. */
export function cardIdsFor(item: ItemSource): string[] {
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
	{ rule: 'move' | 'register' | 'fact'; detail: string } | { rule: 'reply'; detail: string };

/** The card a desk reply is answered through: "desk.move.apology:mission", or "desk.reply.ok:mission" when right. */
export function deskCardId(ref: DeskRuleRef): string {
	return cardId(`desk.${ref.rule}.${ref.detail}`, 'mission');
}
