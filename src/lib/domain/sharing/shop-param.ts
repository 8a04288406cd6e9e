/**
 * The simulator shop of an assignment as a URL parameter ("2026-2000-20400": seed, customers, day).
 * Kept apart from its reader, so links can be written without loading the document schemas.
 */
import type { Shop } from './documents';

export function shopParam(shop: Shop): string {
	return `${shop.seed}-${shop.customers}-${shop.day}`;
}
