/** Reading the simulator shop of an assignment back from its URL parameter. */
import * as v from 'valibot';
import { ShopSchema, type Shop } from './documents';

export { shopParam } from './shop-param';

/** The shop a parameter names, or null for anything that is not one. */
export function readShopParam(value: string | null): Shop | null {
	const match = /^(\d{1,10})-(\d{1,6})-(\d{1,6})$/.exec(value ?? '');
	if (!match) return null;
	const parsed = v.safeParse(ShopSchema, {
		seed: Number(match[1]),
		customers: Number(match[2]),
		day: Number(match[3])
	});
	return parsed.success ? parsed.output : null;
}
