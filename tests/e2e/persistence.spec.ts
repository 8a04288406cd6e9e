import { chromium, expect, test } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerCard, answersToday } from './support';

const launch = (dir: string) =>
	chromium.launchPersistentContext(dir, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
		baseURL: `http://localhost:${process.env.PORT ?? 4173}`
	});

test('answers survive the browser being killed', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kehu-profile-'));
	const first = await launch(dir);
	const page = await first.newPage();
	await page.goto('/study/kefu');
	for (let i = 0; i < 4; i++) await answerCard(page, 3);
	// No graceful shutdown: kill every process of this profile, as a crash or a flat battery would.
	execSync(`pkill -9 -f -- "[-]-user-data-dir=${dir}" || true`);
	await first.close().catch(() => undefined);

	const second = await launch(dir);
	const again = await second.newPage();
	expect(await answersToday(again)).toBe(4);
	await expect(
		again.getByRole('listitem').filter({ hasText: '客服 · customer service agent' }).locator('.new dd')
	).toHaveText('16');
	await second.close();
});
