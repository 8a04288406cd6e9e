/** How a customer is named and numbered on screen and in the CSV. */
import { GIVEN_CHARS, SURNAMES } from './catalog';
import type { CustomerColumns } from './dataset';

/** The customer's Chinese name, e.g. 王晓明. */
export function customerName(customers: CustomerColumns, i: number): string {
	const given = customers.given[i] ?? 0;
	const second = Math.floor(given / 64);
	return (
		(SURNAMES[customers.surname[i] ?? 0] ?? '') +
		(GIVEN_CHARS[given % 64] ?? '') +
		(second > 0 ? (GIVEN_CHARS[second - 1] ?? '') : '')
	);
}

/** A stable customer number such as "C000042". */
export function customerCode(i: number): string {
	return `C${String(i + 1).padStart(6, '0')}`;
}
