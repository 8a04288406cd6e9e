import { describe, expect, it } from 'vitest';
import { shortcutLabels, studyAction, type KeyContext } from './study-keys';

const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});
const question: KeyContext = {
	phase: 'question',
	typed: false,
	inBox: false,
	boxEmpty: true,
	onButton: false
};
const typing: KeyContext = { ...question, typed: true, inBox: true, boxEmpty: false };

describe('studyAction', () => {
	it('reveals with Space or Enter, grades with 1–4 and undoes with U', () => {
		expect(studyAction(press(' '), question)).toEqual({ kind: 'reveal' });
		expect(studyAction(press('Enter'), question)).toEqual({ kind: 'reveal' });
		const answer = { ...question, phase: 'answer' as const };
		expect(studyAction(press('3'), answer)).toEqual({ kind: 'grade', grade: 3 });
		expect(studyAction(press(' '), answer)).toEqual({ kind: 'grade', grade: 'suggested' });
		expect(studyAction(press('u'), answer)).toEqual({ kind: 'undo' });
		expect(studyAction(press('3'), question)).toBeNull();
	});

	it('lets the answer box keep letters, spaces and Enter, and still leaves with Esc', () => {
		for (const key of ['u', 'U', ' ', 'Enter', '3']) expect(studyAction(press(key), typing)).toBeNull();
		expect(studyAction(press('Escape'), typing)).toEqual({ kind: 'leave' });
	});

	it('undoes the last answer with Ctrl+Z in the box only when there is no typing to undo', () => {
		expect(studyAction(press('z', { ctrlKey: true }), typing)).toBeNull();
		expect(studyAction(press('z', { ctrlKey: true }), { ...typing, boxEmpty: true })).toEqual({
			kind: 'undo'
		});
		expect(studyAction(press('z', { metaKey: true }), { ...typing, boxEmpty: true })).toEqual({
			kind: 'undo'
		});
	});

	it('checks a typed card with Space once the focus has left the box, and leaves Enter to buttons', () => {
		expect(studyAction(press(' '), { ...typing, inBox: false })).toEqual({ kind: 'submit' });
		expect(studyAction(press('Enter'), { ...question, onButton: true })).toBeNull();
	});
});

describe('shortcutLabels', () => {
	it('names the keys that work where the focus is', () => {
		expect(shortcutLabels({ inBox: true })).toEqual({ reveal: 'enter', undo: 'Ctrl+Z' });
		expect(shortcutLabels({ inBox: false })).toEqual({ reveal: 'space', undo: 'U' });
	});
});
