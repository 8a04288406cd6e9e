// The fake IndexedDB must be installed before Dexie loads.
import { aFreshDatabase } from '../../../../tests/factories/database';
import { describe, expect, it } from 'vitest';
import { MOVES } from '$lib/domain/desk/rules';
import { completedParts } from '$lib/domain/desk/complete';
import { Desk, modeFor } from './desk.svelte';
import { Simulator } from './simulator.svelte';

const NOW = Date.UTC(2026, 11, 1, 9);

describe('Desk', () => {
	it('builds the inbox from the shop, checks a reply, moves satisfaction and files the misses', async () => {
		const db = aFreshDatabase();
		const sim = new Simulator();
		await sim.generate({ seed: 11, customers: 600 }, NOW);
		const desk = new Desk(sim);
		await desk.load();
		expect(desk.status).toBe('ready');
		expect(desk.tickets.length).toBeGreaterThan(3);
		const complaint = desk.tickets.find((t) => t.facts.type === '投诉');
		expect(complaint).toBeDefined();
		if (!complaint) return;
		expect(desk.ask(complaint)).toContain(complaint.facts.orderNo);

		const bad = await desk.submit(complaint, '你好', NOW, 1000);
		expect(bad.satisfaction).toBeLessThan(3);
		expect(desk.satisfaction.answered).toBe(1);
		const afterBad = desk.satisfaction.now;
		const good = desk.compose(complaint, desk.turns(complaint)?.map((t) => t.answer) ?? []);
		expect((await desk.submit(complaint, good, NOW, 1000)).satisfaction).toBe(5);
		expect(desk.satisfaction.now).toBeGreaterThan(afterBad);
		const kinds = (await db.mistakes.toArray()).map((m) => m.kind);
		expect(kinds).toContain('move');
		expect(kinds).toContain('register');
		expect(kinds).toContain('fact');
	});

	it('builds choose-mode turns whose right answers make a reply that passes', async () => {
		aFreshDatabase();
		const sim = new Simulator();
		await sim.generate({ seed: 11, customers: 600 }, NOW);
		const desk = new Desk(sim);
		await desk.load();
		for (const ticket of desk.tickets) {
			const turns = desk.turns(ticket);
			expect(turns).not.toBeNull();
			const reply = desk.compose(ticket, turns?.map((t) => t.answer) ?? []);
			const result = await desk.submit(ticket, reply, NOW, 1000);
			expect(result.verdict.failures).toEqual([]);
		}
	});

	it('keeps answered tickets and their satisfaction for the next visit to the same shop', async () => {
		const db = aFreshDatabase();
		const sim = new Simulator();
		await sim.generate({ seed: 11, customers: 600 }, NOW);
		const first = new Desk(sim);
		await first.load();
		const ticket = first.tickets[0];
		if (!ticket) throw new Error('no ticket');
		const answered = await first.submit(ticket, '你好', NOW, 1000);

		const again = new Desk(sim);
		await again.load();
		expect(again.answer(ticket.key)?.satisfaction).toBe(answered.satisfaction);
		expect(again.answer(ticket.key)?.verdict.failures).toEqual(answered.verdict.failures);
		expect(again.satisfaction.answered).toBe(1);
		expect(await db.deskAnswers.count()).toBe(1);

		// A damaged row is left out and counted, and the rest still show.
		await db.deskAnswers.put({ ...(await db.deskAnswers.toArray())[0]!, id: 'x', passed: 99 });
		const third = new Desk(sim);
		await third.load();
		expect(third.unreadable).toBe(1);
		expect(third.answer(ticket.key)).toBeDefined();

		const otherShop = new Simulator();
		await otherShop.generate({ seed: 12, customers: 600 }, NOW);
		const elsewhere = new Desk(otherShop);
		await elsewhere.load();
		expect(elsewhere.satisfaction.answered).toBe(0);
	});

	it('picks the mode from the level and remembers the level on the device', () => {
		expect(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((l) => modeFor(l as 'A1'))).toEqual([
			'choose',
			'choose',
			'complete',
			'complete',
			'write',
			'write'
		]);
		const storage = new Map<string, string>();
		const fake = {
			getItem: (k: string) => storage.get(k) ?? null,
			setItem: (k: string, v: string) => void storage.set(k, v)
		} as unknown as Storage;
		const desk = new Desk(new Simulator(), fake);
		expect(desk.mode).toBe('choose');
		desk.setLevel('B1');
		expect(new Desk(new Simulator(), fake).mode).toBe('complete');
	});

	it('builds complete-mode sentences for every ticket whose right order and words make a reply that passes', async () => {
		const db = aFreshDatabase();
		const sim = new Simulator();
		await sim.generate({ seed: 11, customers: 600 }, NOW);
		const desk = new Desk(sim);
		await desk.load();
		const RIGHT = new Set([
			'您好',
			'尊敬的客户',
			'您',
			'给您退款',
			'退款',
			'跟进',
			'跟仓库沟通',
			'开一张发票',
			'客服',
			'很满意',
			'回访'
		]);
		for (const ticket of desk.tickets) {
			const tiles = desk.tiles(ticket);
			expect(tiles).not.toBeNull();
			const sorted = [...(tiles ?? [])].sort((a, b) => MOVES.indexOf(a.move) - MOVES.indexOf(b.move));
			const parts = completedParts(
				sorted.map((tile) => ({ tile, option: tile.options.find((o) => RIGHT.has(o)) ?? '' })),
				ticket.facts
			);
			const result = await desk.submit(ticket, parts.map((p) => p.text).join(''), NOW, 1000, parts);
			expect(result.verdict.failures).toEqual([]);
		}
		expect((await db.deskAnswers.toArray()).every((r) => r.parts?.length && r.level === 'A2')).toBe(true);
	});
});
