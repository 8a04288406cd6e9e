import { expect, it } from 'vitest';
import { readShopParam, shopParam } from './shop';

it('a shop survives the trip through a link parameter', () => {
	const shop = { seed: 4711, customers: 2000, day: 20_423 };
	expect(readShopParam(shopParam(shop))).toEqual(shop);
});

it('anything else is no shop', () => {
	for (const value of [null, '', '1-2-3', '5-100001-3', 'a-2000-3', '1-2000-3-4', '-1-2000-3'])
		expect(readShopParam(value)).toBeNull();
});
