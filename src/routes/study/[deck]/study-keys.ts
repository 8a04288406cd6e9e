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

/**
 * Where the focus is, as the shortcuts see it:
 * - `page`: nothing that takes keys of its own (the page body, the card's text);
 * - `control`: a button, link or similar, which Space and Enter press;
 * - `field`: a form field other than the answer box (custom study, the deck's limits, a checkbox),
 *   which keeps every key to itself;
 * - `box`: the card's answer box, which takes letters and spaces, and Enter to check the answer.
 */
export type Focus = 'page' | 'control' | 'field' | 'box';

/** The parts of a focused element that say what kind of control it is. */
export interface FocusTarget {
	readonly tagName: string;
	readonly disabled?: boolean;
	readonly isContentEditable?: boolean;
	getAttribute(name: string): string | null;
	closest(selectors: string): unknown;
	matches?(selectors: string): boolean;
}

const CONTROL_TAGS = new Set(['BUTTON', 'A', 'SUMMARY', 'AUDIO', 'VIDEO']);
const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const CONTROL_ROLES = new Set([
	'button',
	'link',
	'checkbox',
	'radio',
	'switch',
	'tab',
	'menuitem',
	'option',
	'combobox',
	'textbox'
]);

/** The kind of element that has the focus; null (no element) is the page. */
export function focusOf(target: FocusTarget | null): Focus {
	if (!target) return 'page';
	const tag = target.tagName.toUpperCase();
	if (tag === 'INPUT' && target.closest('.study-card')) return target.disabled ? 'page' : 'box';
	if (FIELD_TAGS.has(tag) || target.isContentEditable) return 'field';
	if (CONTROL_TAGS.has(tag) || CONTROL_ROLES.has(target.getAttribute('role') ?? ''))
		// A control clicked with the mouse keeps the focus without showing it: the shortcuts still
		// apply, so a click on 再听一遍 then Space shows the answer rather than replaying.
		return target.matches?.(':focus-visible') === false ? 'page' : 'control';
	return 'page';
}

export interface KeyContext {
	phase: 'question' | 'answer' | 'loading' | 'done';
	/** the card is answered by typing */
	typed: boolean;
	focus: Focus;
	/** the answer box holds no text, so Ctrl+Z has no typing of its own to undo */
	boxEmpty: boolean;
}

/** The action for a key, or null to leave the key to the browser (typing, pressing a focused control). */
export function studyAction(press: KeyPress, at: KeyContext): StudyAction | null {
	const { key } = press;
	if (at.focus === 'field') return null;
	if (key === 'Escape') return { kind: 'leave' };
	const command = press.ctrlKey || press.metaKey;
	if (at.focus === 'box') {
		// In the box, Ctrl+Z takes back the last answer only once there is no typing left to undo.
		return command && !press.altKey && key.toLowerCase() === 'z' && at.boxEmpty ? { kind: 'undo' } : null;
	}
	if (command || press.altKey) return null;
	if (key === ' ' || key === 'Enter') {
		if (at.focus === 'control') return null;
		if (at.phase === 'question') return { kind: at.typed ? 'submit' : 'reveal' };
		if (at.phase === 'answer') return { kind: 'grade', grade: 'suggested' };
		return null;
	}
	if (/^[1-4]$/.test(key) && at.phase === 'answer') return { kind: 'grade', grade: Number(key) as Grade };
	if (key.toLowerCase() === 'u') return { kind: 'undo' };
	return null;
}

/** The keys that really work for showing the answer and for undo, for the buttons to show. */
export function shortcutLabels(at: { inBox: boolean }): { reveal: 'enter' | 'space'; undo: string } {
	return at.inBox ? { reveal: 'enter', undo: 'Ctrl+Z' } : { reveal: 'space', undo: 'U' };
}
