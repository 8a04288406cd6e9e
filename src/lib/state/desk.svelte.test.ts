// The fake IndexedDB must be installed before Dexie loads.
import { aFreshDatabase } from '../../../tests/factories/database';
import { describe, expect, it } from 'vitest';
import { Desk } from './desk.svelte';
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
});
