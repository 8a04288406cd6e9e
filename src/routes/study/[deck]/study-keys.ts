/** What a key press does on the study page, given where the focus really is. */
import type { Grade } from '$lib/domain/scheduling/types';

export type StudyAction =
	| { kind: 'leave' }
	| { kind: 'reveal' }
	| { kind: 'submit' }
	| { kind: 'grade'; grade: Grade | 'suggested' }
	| { kind: 'undo' };

export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

export interface KeyContext {
	phase: 'question' | 'answer' | 'loading' | 'done';
	/** the card is answered by typing */
	typed: boolean;
	/** the focus is in the answer box, which takes letters and spaces */
	inBox: boolean;
	/** the answer box holds no text, so Ctrl+Z has no typing of its own to undo */
	boxEmpty: boolean;
	/** the focus is on a button, which handles Enter itself */
	onButton: boolean;
}

/** The action for a key, or null to leave the key to the browser (typing, a button's own Enter). */
export function studyAction(press: KeyPress, at: KeyContext): StudyAction | null {
	const { key } = press;
	if (key === 'Escape') return { kind: 'leave' };
	const command = press.ctrlKey || press.metaKey;
	if (at.inBox) {
		// In the box, Ctrl+Z takes back the last answer only once there is no typing left to undo.
		return command && !press.altKey && key.toLowerCase() === 'z' && at.boxEmpty ? { kind: 'undo' } : null;
	}
	if (command || press.altKey) return null;
	if (key === ' ' || key === 'Enter') {
		if (at.onButton && key === 'Enter') return null;
		if (at.phase === 'question') return { kind: at.typed ? 'submit' : 'reveal' };
		if (at.phase === 'answer') return { kind: 'grade', grade: 'suggested' };
		return null;
	}
	if (/^[1-4]$/.test(key) && at.phase === 'answer') return { kind: 'grade', grade: Number(key) as Grade };
	if (key.toLowerCase() === 'u') return { kind: 'undo' };
	return null;
}

/** The keys that really work for showing the answer and for undo, for the buttons to show. */
export function shortcutLabels(at: Pick<KeyContext, 'inBox'>): { reveal: 'enter' | 'space'; undo: string } {
	return at.inBox ? { reveal: 'enter', undo: 'Ctrl+Z' } : { reveal: 'space', undo: 'U' };
}
