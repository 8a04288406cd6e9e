import { liveQuery } from 'dexie';

/**
 * The liveQuery → rune bridge: re-runs a Dexie query whenever the tables it read change, in this
 * tab or another, and exposes the latest result as reactive state. Create it during component setup.
 */
export class LiveQuery<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(null);

	constructor(query: () => Promise<T>) {
		$effect(() => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.current = value;
					this.error = null;
				},
				error: (error: unknown) => (this.error = error)
			});
			return () => subscription.unsubscribe();
		});
	}
}
