import { expect, test, type Page } from '@playwright/test';
import { openPage } from './support';

/** A Chinese voice that records what it is asked to say and finishes each line at once. */
async function fakeChineseVoice(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const spoken: { text: string; rate: number }[] = [];
		(window as unknown as { spoken: typeof spoken }).spoken = spoken;
		const voice = { lang: 'zh-CN', name: 'Test voice', default: true, localService: true, voiceURI: 'test' };
		// Utterances only accept real voices, so the page gets plain ones.
		class FakeUtterance {
			voice: unknown = null;
			lang = '';
			rate = 1;
			onstart: ((e: Event) => void) | null = null;
			onend: ((e: Event) => void) | null = null;
			constructor(readonly text: string) {}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
		const queue: FakeUtterance[] = [];
		const next = () => {
			const u = queue.shift();
			if (!u) return;
			spoken.push({ text: u.text, rate: u.rate });
			u.onstart?.(new Event('start'));
			setTimeout(() => {
				u.onend?.(new Event('end'));
				next();
			}, 30);
		};
		Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [voice] });
		Object.defineProperty(window.speechSynthesis, 'cancel', { value: () => (queue.length = 0) });
		Object.defineProperty(window.speechSynthesis, 'speak', {
			value: (u: FakeUtterance) => {
				queue.push(u);
				if (queue.length === 1) next();
			}
		});
	});
}

test('a dialogue is reached from the menu, shows pinyin, English and registers, and links its words', async ({
	page
}) => {
	await openPage(page, '/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dialogues' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Model dialogues' })).toBeVisible();
	await page.getByRole('link', { name: /快递一直没到/ }).click();
	await expect(page).toHaveURL(/\/dialogues\/a2-hotline-late-parcel$/);
	const first = page.getByRole('listitem').filter({ hasText: '八号客服' });
	await expect(first).toContainText('kèfú');
	await expect(first).toContainText('agent number eight');
	await expect(first).toContainText('polite, 您');
	await first.getByRole('button', { name: '客服' }).first().click();
	await page.getByRole('dialog').getByRole('link').click();
	await expect(page).toHaveURL(/\/words\/kefu$/);
	await page
		.getByRole('region', { name: 'In dialogues' })
		.getByRole('link', { name: /快递一直没到/ })
		.click();
	await expect(page).toHaveURL(/\/dialogues\/a2-hotline-late-parcel$/);
});

test('without a Chinese voice the page says so and keeps the text', async ({ page }) => {
	await page.addInitScript(() =>
		Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] })
	);
	await openPage(page, '/dialogues/c2-email-apology');
	await expect(page.getByRole('status')).toContainText('no Chinese voice');
	await expect(page.getByRole('button', { name: /Play all/ })).toHaveCount(0);
	await expect(page.getByText('尊敬的林总：')).toBeVisible();
	await expect(page.getByText('此致')).toBeVisible();
});

test('plays one line, then the whole dialogue slowly, line by line', async ({ page }) => {
	await fakeChineseVoice(page);
	await openPage(page, '/dialogues/a1-wechat-see-you');
	await page.getByRole('button', { name: 'Play this line' }).nth(2).click();
	await page.getByRole('radio', { name: 'Slow' }).check();
	await page.getByRole('button', { name: /Play all/ }).click();
	const read = () =>
		page.evaluate(() => (window as unknown as { spoken: { text: string; rate: number }[] }).spoken);
	await expect.poll(async () => (await read()).length).toBe(7);
	await expect(page.getByRole('button', { name: /Play all/ })).toBeVisible();
	const spoken = await read();
	expect(spoken[0]).toEqual({ text: '有时间。十点可以吗？', rate: 0.9 });
	expect(spoken.slice(1).map((s) => s.rate)).toEqual(Array(6).fill(0.6));
	expect(spoken.at(-1)?.text).toBe('不客气，明天见！');
});

test('the Chinese interface marks the English lines as English', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('preferences', JSON.stringify({ locale: 'zh' })));
	await openPage(page, '/dialogues/b2-vip-visit');
	await expect(page.getByRole('heading', { level: 2, name: '情景' })).toBeVisible();
	await expect(page.getByText('Please, sit down.', { exact: false })).toHaveAttribute('lang', 'en');
});
