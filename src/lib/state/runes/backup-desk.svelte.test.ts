// The fake IndexedDB must be installed before Dexie loads.
import { aFreshDatabase } from '../../../../tests/factories/database';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupDesk, MAX_BACKUP_BYTES } from './backup-desk.svelte';
import { translator } from '../i18n/all';

const NOW = Date.UTC(2026, 11, 2, 9);

describe('BackupDesk', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('saves the backup as a dated JSON file and says how many answers it holds', async () => {
		aFreshDatabase();
		const saved: { name: string; text: string; type: string }[] = [];
		const desk = new BackupDesk(translator('en'), (name, text, type) => saved.push({ name, text, type }));
		await desk.download(NOW);
		expect(saved).toHaveLength(1);
		expect(saved[0]?.name).toBe('kehu-chinese-backup-2026-12-02.json');
		expect(saved[0]?.type).toBe('application/json');
		expect(JSON.parse(saved[0]?.text ?? '')).toMatchObject({ reviews: { id: [] } });
		expect(desk.message).toBe('Exported 0 reviews. Keep the file somewhere safe.');
		expect(desk.error).toBe('');
		expect(desk.busy).toBe(false);
	});

	it('refuses a file over the size cap without reading it, in the interface language', async () => {
		aFreshDatabase();
		const desk = new BackupDesk(translator('zh'), () => undefined);
		let read = false;
		const huge = {
			size: MAX_BACKUP_BYTES + 1,
			text: () => {
				read = true;
				return Promise.resolve('');
			}
		} as unknown as Blob;
		await desk.chooseFile(huge);
		expect(read).toBe(false);
		expect(desk.preview).toBeNull();
		expect(desk.error).toBe(translator('zh')('settings.backup.tooBig'));
		expect(desk.error).not.toMatch(/[A-Za-z]{3}/);
	});

	it('says what it is doing while it restores or checks, in the interface language, and what it did after', async () => {
		aFreshDatabase();
		const t = translator('zh');
		const files: string[] = [];
		const desk = new BackupDesk(t, (_name, text) => files.push(text));
		await desk.download(NOW);
		await desk.chooseFile(new Blob([files[0] ?? '']));
		expect(desk.preview).not.toBeNull();
		const restoring = desk.confirmRestore();
		expect(desk.message).toBe(t('restore.writing'));
		expect(desk.busy).toBe(true);
		await restoring;
		expect(desk.message).toBe(t('settings.backup.restored', { reviews: 0 }));
		const checking = desk.checkLog();
		expect(desk.message).toBe(t('settings.integrity.checking'));
		await checking;
		expect(desk.message).toBe('');
		expect(desk.report?.mismatched).toEqual([]);
		const rebuilding = desk.rebuildFromLog();
		expect(desk.message).toBe(t('settings.integrity.rebuilding'));
		await rebuilding;
		expect(desk.message).toBe('');
		expect(desk.error).toBe('');
	});

	it('reads whether the browser keeps the data, and finds no snapshot to undo on a fresh device', async () => {
		aFreshDatabase();
		vi.stubGlobal('navigator', {
			storage: {
				persisted: () => Promise.resolve(false),
				estimate: () => Promise.resolve({ usage: 1024, quota: 1 << 30 })
			}
		});
		const desk = new BackupDesk(translator('en'), () => undefined);
		await desk.load();
		expect(desk.status).toEqual({ persisted: false, usage: 1024, quota: 1 << 30 });
		expect(desk.kept).toBeNull();
	});
});
