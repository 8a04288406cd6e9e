import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatorClient } from './simulator-client';

/** A worker that takes requests and never answers, like one busy or ended mid-request. */
class SilentWorker {
	posted: unknown[] = [];
	addEventListener(): void {}
	postMessage(message: unknown): void {
		this.posted.push(message);
	}
	terminate(): void {}
}

afterEach(() => vi.unstubAllGlobals());

describe('SimulatorClient', () => {
	it('fails a waiting request when closed, so a screen never waits forever', async () => {
		vi.stubGlobal('Worker', SilentWorker);
		const client = new SimulatorClient();
		const waiting = client.profile(0);
		client.terminate();
		await expect(waiting).rejects.toThrow('The simulator was closed');
		await expect(client.profile(1)).rejects.toThrow('The simulator was closed');
	});

	it('answers inline where there are no workers', async () => {
		const client = new SimulatorClient();
		await expect(client.profile(0)).rejects.toThrow('noDataset: not generated');
	});
});
