/** Why the simulator refused a request, as a code and facts the interface words. */
export type SimulatorFault =
	| { code: 'rfmCuts'; axis: 'R' | 'F' | 'M' }
	| { code: 'customers'; min: number; max: number }
	/** a screen asked for data before a shop was generated and analysed */
	| { code: 'noDataset' }
	| { code: 'failed' };

/** An error that knows which fault it is; other errors are bugs and read as `failed`. */
export class FaultError extends Error {
	constructor(
		readonly fault: SimulatorFault,
		/** for logs only, as a code and facts ("todayNotDay: 1.5"); the interface words `fault` */
		message: string
	) {
		super(message);
	}
}

/** The fault behind any thrown value. */
export function faultOf(error: unknown): SimulatorFault {
	return error instanceof FaultError ? error.fault : { code: 'failed' };
}
