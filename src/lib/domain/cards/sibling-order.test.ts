import { describe, expect, it } from 'vitest';
import { spreadSiblings } from './sibling-order';

describe('spreadSiblings', () => {
	it('never shows two cards of one word in a row when others are waiting', () => {
		const ids = ['kefu:recognition', 'kefu:recall', 'kefu:pinyin', 'weihu:recognition', 'weihu:recall'];
		expect(spreadSiblings(ids, (id) => id.split(':')[0] ?? '')).toEqual([
			'kefu:recognition',
			'weihu:recognition',
			'kefu:recall',
			'weihu:recall',
			'kefu:pinyin'
		]);
	});
});
