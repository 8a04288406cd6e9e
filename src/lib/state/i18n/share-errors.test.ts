import { describe, expect, it } from 'vitest';
import { readDocumentText, ShareError } from '$lib/domain/sharing/codec';
import { anAssignment } from '../../../../tests/factories/sharing';
import { MESSAGES, translator } from './all';
import type { Locale } from './messages';
import { shareErrorMessage } from './share-errors';

function refusal(doc: unknown): ShareError {
	try {
		readDocumentText(JSON.stringify(doc), 'assignment');
	} catch (e) {
		if (e instanceof ShareError) return e;
	}
	throw new Error('the document was accepted');
}

const { zh } = MESSAGES;
const words = (locale: Locale) => ({ t: translator(locale) });

describe('shareErrorMessage', () => {
	it('names only the place of a coded refusal', () => {
		const error = refusal({ ...anAssignment(), decks: ['kefu', 'kefu'] });
		expect(shareErrorMessage(words('zh'), error)).toBe(`${zh['share.error.duplicate']} (decks)`);
	});

	it('words valibot’s own refusals too, never its English', () => {
		const chinese = shareErrorMessage(words('zh'), refusal({ ...anAssignment(), title: '' }));
		expect(chinese).toContain('过短、过长或超出范围');
		expect(chinese.replace('title', '')).not.toMatch(/[A-Za-z]{3,}/);
	});

	it('leaves out a detail it has no words for', () => {
		const chinese = shareErrorMessage(words('zh'), new ShareError('invalid', 'x: Invalid length'));
		expect(chinese).toBe(zh['share.error.invalid']);
	});
});
