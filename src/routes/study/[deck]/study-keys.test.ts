import { describe, expect, it } from 'vitest';
import { focusOf, shortcutLabels, studyAction, type FocusTarget, type KeyContext } from './study-keys';

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
	focus: 'page',
	boxEmpty: true
};
const typing: KeyContext = { ...question, typed: true, focus: 'box', boxEmpty: false };

/** A focused element as the page sees it: its tag, its role and whether it sits in the card. */
function element(
	tagName: string,
	{
		role = null,
		inCard = false,
		disabled = false
	}: { role?: string | null; inCard?: boolean; disabled?: boolean } = {}
): FocusTarget {
	return {
		tagName,
		disabled,
		isContentEditable: false,
		getAttribute: (name) => (name === 'role' ? role : null),
		closest: (selectors) => (inCard && selectors === '.study-card' ? {} : null)
	};
}

describe('focusOf', () => {
	it('tells the answer box, other fields, controls and the page apart', () => {
		expect(focusOf(null)).toBe('page');
		expect(focusOf(element('BODY'))).toBe('page');
		expect(focusOf(element('SECTION', { inCard: true }))).toBe('page');
		expect(focusOf(element('INPUT', { inCard: true }))).toBe('box');
		expect(focusOf(element('INPUT', { inCard: true, disabled: true }))).toBe('page');
		for (const tag of ['INPUT', 'SELECT', 'TEXTAREA']) expect(focusOf(element(tag))).toBe('field');
		for (const tag of ['BUTTON', 'A', 'SUMMARY']) expect(focusOf(element(tag))).toBe('control');
		expect(focusOf(element('BUTTON', { inCard: true }))).toBe('control');
		expect(focusOf(element('DIV', { role: 'button' }))).toBe('control');
	});

	it('takes a control clicked with the mouse, whose focus is not shown, for the page', () => {
		const clicked = { ...element('BUTTON'), matches: (s: string) => s !== ':focus-visible' };
		const tabbed = { ...element('BUTTON'), matches: (s: string) => s === ':focus-visible' };
		expect(focusOf(clicked)).toBe('page');
		expect(focusOf(tabbed)).toBe('control');
		const at = (focus: ReturnType<typeof focusOf>): KeyContext => ({
			phase: 'question',
			typed: false,
			focus,
			boxEmpty: true
		});
		expect(studyAction(press(' '), at(focusOf(clicked)))).toEqual({ kind: 'reveal' });
		expect(studyAction(press(' '), at(focusOf(tabbed)))).toBeNull();
	});
});

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

	it('checks a typed card with Space once the focus has left the box', () => {
		expect(studyAction(press(' '), { ...typing, focus: 'page' })).toEqual({ kind: 'submit' });
	});

	describe.each([
		['a card answered by showing it', false],
		['a card answered by typing', true]
	])('on %s', (_name, typed) => {
		const onPage = {
			question: { kind: typed ? 'submit' : 'reveal' },
			answer: { kind: 'grade', grade: 'suggested' }
		};
		const focused = {
			button: element('BUTTON'),
			'button in the card': element('BUTTON', { inCard: true }),
			link: element('A'),
			input: element('INPUT'),
			select: element('SELECT'),
			body: element('BODY')
		};

		it.each(['question', 'answer'] as const)(
			'leaves Space and Enter to a focused button, link or field, and acts on them from the page (%s side)',
			(phase) => {
				for (const key of [' ', 'Enter']) {
					for (const [name, target] of Object.entries(focused)) {
						const at: KeyContext = { phase, typed, focus: focusOf(target), boxEmpty: true };
						const expected = name === 'body' ? onPage[phase] : null;
						expect(studyAction(press(key), at), `${JSON.stringify(key)} on ${name}`).toEqual(expected);
					}
				}
			}
		);

		it.each(['question', 'answer'] as const)(
			'leaves Space and Enter to the answer box while it has the focus (%s side)',
			(phase) => {
				const box = focusOf(element('INPUT', { inCard: true }));
				for (const key of [' ', 'Enter'])
					expect(studyAction(press(key), { phase, typed, focus: box, boxEmpty: true })).toBeNull();
			}
		);

		it('still grades with 1–4 and undoes with U from a focused button, but never from a field', () => {
			const answer = { phase: 'answer' as const, typed, boxEmpty: true };
			expect(studyAction(press('1'), { ...answer, focus: 'control' })).toEqual({ kind: 'grade', grade: 1 });
			expect(studyAction(press('u'), { ...answer, focus: 'control' })).toEqual({ kind: 'undo' });
			for (const key of ['1', 'u', 'Escape'])
				expect(studyAction(press(key), { ...answer, focus: 'field' })).toBeNull();
		});
	});
});

describe('shortcutLabels', () => {
	it('names the keys that work where the focus is', () => {
		expect(shortcutLabels({ inBox: true })).toEqual({ reveal: 'enter', undo: 'Ctrl+Z' });
		expect(shortcutLabels({ inBox: false })).toEqual({ reveal: 'space', undo: 'U' });
	});
});
