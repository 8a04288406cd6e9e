/** The simulator's second worker: draws the part of the order rows it is sent, in parallel with the first. */
import { drawOrders, orderRows, type OrderPart, type OrderRows } from '$lib/domain/crm/generate-orders';

export interface OrderPartRequest {
	id: number;
	part: OrderPart;
	/** the columns of the last reply, handed back to be written over (no fresh memory to touch) */
	spare: OrderRows | null;
}

export interface OrderPartResponse {
	id: number;
	/** views of the part's length; their buffers may be longer */
	rows: OrderRows;
}

/** Room for parts a little longer than this one, since the split moves with the seed. */
const SLACK = 1.02;

addEventListener('message', (event: MessageEvent<OrderPartRequest>) => {
	const { id, part, spare } = event.data;
	const count = (part.orderStart.at(-1) ?? 0) - (part.orderStart[0] ?? 0);
	const room = spare && spare.day.length >= count ? spare : orderRows(Math.ceil(count * SLACK));
	const rows: OrderRows = {
		day: room.day.subarray(0, count),
		amount: room.amount.subarray(0, count),
		items: room.items.subarray(0, count)
	};
	drawOrders(part, rows);
	const response: OrderPartResponse = { id, rows };
	postMessage(response, [room.day.buffer, room.amount.buffer, room.items.buffer]);
});
