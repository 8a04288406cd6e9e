/**
 * Registers the service worker and tracks a waiting new version, so the learner reloads when
 * they choose to instead of mid-session.
 */
export class AppUpdate {
	#waiting = $state<ServiceWorker | null>(null);
	#applying = false;
	online = $state(true);

	get ready(): boolean {
		return this.#waiting !== null;
	}

	/** Registers /service-worker.js and watches for a new version. */
	async register(container: ServiceWorkerContainer): Promise<void> {
		const registration = await container.register('/service-worker.js', { type: 'module' });
		if (registration.waiting && container.controller) this.#waiting = registration.waiting;
		registration.addEventListener('updatefound', () => {
			const incoming = registration.installing;
			incoming?.addEventListener('statechange', () => {
				if (incoming.state === 'installed' && container.controller) this.#waiting = incoming;
			});
		});
		// Reload only when the learner asked for the new version, not when a first install claims the page.
		container.addEventListener('controllerchange', () => {
			if (this.#applying) location.reload();
		});
	}

	/** Lets the waiting version take over; the page reloads when it does. */
	apply(): void {
		this.#applying = true;
		this.#waiting?.postMessage({ type: 'SKIP_WAITING' });
	}
}
