/** The mistake notebook: every recorded mistake as items, live as answers come in, with the 30-day trend. */
import { LiveQuery } from '$lib/data/live.svelte';
import { notebookRecords } from '$lib/data/notebook-repository';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { notebookItems, type NotebookItem } from '$lib/domain/notebook/notebook';
import { mistakeTrend, type TrendDay } from '$lib/domain/notebook/trend';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';

export class Notebook {
	#records = new LiveQuery(notebookRecords);
	#items = $derived(
		this.#records.current
			? notebookItems(this.#records.current.mistakes, this.#records.current.answers)
			: null
	);
	#rollover = $state(DEFAULT_SCHEDULER_SETTINGS.dayRolloverHour);

	/** Reads the study day's rollover hour, which the trend's days follow. */
	async loadRollover(): Promise<void> {
		this.#rollover = (await loadSchedulerSettings()).dayRolloverHour;
	}

	/** One item per mistaken answer, or null until the first read arrives. */
	get items(): NotebookItem[] | null {
		return this.#items;
	}
	get error(): unknown {
		return this.#records.error;
	}
	/** Items not yet answered right since their last mistake, or null while loading. */
	get activeCount(): number | null {
		return this.#items ? this.#items.filter((i) => i.active).length : null;
	}
	/** Every mistake ever recorded, cleared ones included. */
	get mistakeCount(): number {
		return this.#records.current?.mistakes.length ?? 0;
	}

	/** Mistakes made and cleared on each of the last 30 study days up to `now` (epoch ms). */
	trend(now: number): TrendDay[] {
		const items = this.#items ?? [];
		return mistakeTrend(
			items.flatMap((i) => i.mistakes.map((m) => m.at)),
			items.flatMap((i) => (i.clearedAt === undefined ? [] : [i.clearedAt])),
			now,
			this.#rollover
		);
	}
}
