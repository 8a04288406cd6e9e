/**
 * Compares the device clock with the web server's when online, as a sync service would: answers are
 * dated by the device clock, so a clock far ahead would schedule months of cards wrongly.
 */
import { clockSkew, httpDate, type ClockSkew } from '$lib/domain/scheduling/clock';

export class ClockCheck {
	#skew = $state<ClockSkew | null>(null);

	/** The device clock's error, when the last check found one. */
	get skew(): ClockSkew | null {
		return this.#skew;
	}

	/** Asks the site's own server for its time; a HEAD request passes the service worker to the network. */
	async check(fetcher: typeof fetch = fetch, now: () => number = Date.now): Promise<void> {
		try {
			const sent = now();
			const response = await fetcher('/', { method: 'HEAD', cache: 'no-store' });
			const received = now();
			const trusted = httpDate(response.headers.get('date'));
			// The header has whole seconds and the request took time: compare with the round trip's middle.
			if (trusted !== null) this.#skew = clockSkew((sent + received) / 2, trusted + 500);
		} catch {
			// Offline or refused: there is nothing to compare with, and no answer to give.
		}
	}

	dismiss(): void {
		this.#skew = null;
	}
}
