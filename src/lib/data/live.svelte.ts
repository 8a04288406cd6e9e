import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * The one liveQuery → rune bridge: while anything reads `current` or `error` in an effect or the
 * template, the Dexie query runs, and re-runs whenever the tables it read change, in this tab or
 * another. With no reader left it stops. It can be created anywhere, even after a lazy import.
 */
export class LiveQuery<T> {
	#current: T | undefined = undefined;
	#error: unknown = null;
	readonly #subscribe: () => void;

	constructor(query: () => Promise<T>) {
		this.#subscribe = createSubscriber((update) => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#current = value;
					this.#error = null;
					update();
				},
				error: (error: unknown) => {
					this.#error = error;
					update();
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	/** The latest result, or undefined until the first one arrives. */
	get current(): T | undefined {
		this.#subscribe();
		return this.#current;
	}

	/** What the last run threw, or null. */
	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}
}
