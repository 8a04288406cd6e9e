/**
 * Calls `onStep(1 … count)` one frame apart, so drawing the charts is several short main-thread
 * tasks instead of one long one. Returns a function that cancels the steps still to come.
 */
export function revealInFrames(count: number, onStep: (step: number) => void): () => void {
	let step = 0;
	let frame = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const next = () => {
		// After the frame is painted, a fresh task: each step's layout lands in its own frame.
		frame = requestAnimationFrame(() => {
			timer = setTimeout(() => {
				step += 1;
				onStep(step);
				if (step < count) next();
			}, 0);
		});
	};
	next();
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
