/** The simulator worker: generation and analysis of large datasets run here, so the page never freezes. */
import { SimulatorEngine, type SimulatorRequest } from '$lib/domain/crm/engine';

const engine = new SimulatorEngine();

addEventListener('message', (event: MessageEvent<SimulatorRequest>) => {
	engine.handle(event.data, (response) => postMessage(response));
});
