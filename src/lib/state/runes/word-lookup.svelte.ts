/** The word a page's lookup dialog shows, and the control that opened it, which gets focus back on close. */
export class WordLookup {
	entryId = $state<string | null>(null);
	#returnFocus: HTMLElement | null = null;

	open = (entryId: string, trigger: HTMLElement): void => {
		this.#returnFocus = trigger;
		this.entryId = entryId;
	};

	close = (): void => {
		this.entryId = null;
		this.#returnFocus?.focus();
	};
}
