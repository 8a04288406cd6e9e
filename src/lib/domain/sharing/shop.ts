/** The simulator shop of an assignment as a URL parameter ("2026-2000-20400": seed, customers, day). */
import * as v from 'valibot';
import { ShopSchema, type Shop } from './documents';

export function shopParam(shop: Shop): string {
	return `${shop.seed}-${shop.customers}-${shop.day}`;
}

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
