/** The desk's answers to one shop's tickets, for the service screen's figures. */
import { deskAnswersFor, type DeskAnswerRow } from '$lib/data/desk-repository';
import { shopKey, type AnsweredTicket, type ShopRef } from '$lib/domain/desk/answers';

export class ServiceReplies {
	#answers = $state.raw<readonly AnsweredTicket[]>([]);
	#unreadable = $state(0);
	#failed = $state(false);

	/** The answered tickets of the shop last loaded. */
	get answers(): readonly AnsweredTicket[] {
		return this.#answers;
	}
	/** Stored answers that could not be shown. */
	get unreadable(): number {
		return this.#unreadable;
	}
	/** The answers could not be read at all. */
	get failed(): boolean {
		return this.#failed;
	}

	/** Reads the answers kept for a shop; `now` is epoch ms. */
	async load(shop: ShopRef, now: number): Promise<void> {
		try {
			const { rows, unreadable } = await deskAnswersFor(shopKey(shop), now);
			this.#answers = rows.map(answeredTicket);
			this.#unreadable = unreadable;
			this.#failed = false;
		} catch {
			this.#answers = [];
			this.#failed = true;
		}
	}
}

function answeredTicket(row: DeskAnswerRow): AnsweredTicket {
	const { customer, age, type, channel, before, after } = row;
	return { customer, age, type, channel, before, after };
}
