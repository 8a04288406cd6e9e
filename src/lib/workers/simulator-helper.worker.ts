/**
 * The simulator's second worker: draws the part of the customers, then of the order rows, it is
 * sent, in parallel with the first worker.
 */
import { drawCustomerPart, type CustomerPart, type CustomersDrawn } from '$lib/domain/crm/generate-customers';
import { drawOrders, orderRows, type OrderPart, type OrderRows } from '$lib/domain/crm/generate-orders';

export type HelperRequest =
	| { id: number; type: 'customers'; part: CustomerPart }
	/** spare: the columns of the last order reply, handed back to be written over (no fresh memory to touch) */
	| { id: number; type: 'orders'; part: OrderPart; spare: OrderRows | null };

export type HelperResponse =
	| { id: number; type: 'customers'; drawn: CustomersDrawn }
	/** rows: views of the part's length; their buffers may be longer */
	| { id: number; type: 'orders'; rows: OrderRows };

/** Room for parts a little longer than this one, since the split moves with the seed. */
const SLACK = 1.02;

function orders(part: OrderPart, spare: OrderRows | null): OrderRows {
	const count = (part.orderStart.at(-1) ?? 0) - (part.orderStart[0] ?? 0);
	const room = spare && spare.day.length >= count ? spare : orderRows(Math.ceil(count * SLACK));
	const rows: OrderRows = {
		day: room.day.subarray(0, count),
		amount: room.amount.subarray(0, count),
		items: room.items.subarray(0, count)
	};
	drawOrders(part, rows);
	return rows;
}

addEventListener('message', (event: MessageEvent<HelperRequest>) => {
	const request = event.data;
	let response: HelperResponse;
	if (request.type === 'customers') {
		response = { id: request.id, type: 'customers', drawn: drawCustomerPart(request.part) };
	} else {
		response = { id: request.id, type: 'orders', rows: orders(request.part, request.spare) };
	}
	postMessage(response, transferOf(response));
});

/** The buffers a response hands over. */
function transferOf(response: HelperResponse): ArrayBuffer[] {
	const columns: ArrayBufferView[] =
		response.type === 'customers'
			? (Object.values(response.drawn.customers) as ArrayBufferView[])
			: [response.rows.day, response.rows.amount, response.rows.items];
	return columns.map((c) => c.buffer as ArrayBuffer);
}
