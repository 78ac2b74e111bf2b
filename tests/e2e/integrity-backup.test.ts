// Restoring hostile backups in the real dashboard: an impossible record is
// refused by name with the database untouched; daily totals that disagree
// with the calls are recounted and the restore says how many days differed.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';

const SHOTS = resolve(process.env.CALLSIDE_SCREENSHOTS ?? join(tmpdir(), 'callside-integrity-shots'));

/** Every store, read with raw IndexedDB (no app code), as JSON text per store. */
function storeContents(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('callside');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const out: Record<string, string> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<string>((done) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => done(JSON.stringify(request.result));
      });
    }
    db.close();
    return out;
  });
}

const day = '2026-11-26';
const startedAt = new Date(2026, 10, 26, 10).getTime();
function backupFile(change: (tables: Record<string, Record<string, unknown>[]>, file: Record<string, unknown>) => void): string {
  const call = {
    id: 'c-1',
    startedAt,
    endedAt: startedAt + 60_000,
    day,
    durationSec: 60,
    outcomeId: 'deal',
    flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 },
    amount: 1200,
    notes: '',
    scriptPath: [],
    checklistDone: [],
    rebuttalsUsed: [],
    overrides: [],
    updatedAt: startedAt,
  };
  const rollup = { day, dials: 1, connects: 1, effective: 1, quotes: 1, deals: 1, revenue: 1200, talkSeconds: 60, byOutcome: { deal: 1 } };
  const names = [
    'calls',
    'rollups',
    'scripts',
    'scriptVersions',
    'objections',
    'outcomes',
    'targets',
    'calendar',
    'dnc',
    'siteMappings',
    'drafts',
    'settings',
    'imports',
  ];
  const tables: Record<string, Record<string, unknown>[]> = Object.fromEntries(names.map((name) => [name, []]));
  tables.calls = [call];
  tables.rollups = [rollup];
  const file: Record<string, unknown> = {
    format: 'callside.backup',
    version: 1,
    exportedAt: startedAt,
    appVersion: 'e2e',
    databaseVersion: 2,
    tables,
  };
  change(tables, file);
  file.counts = Object.fromEntries(names.map((name) => [name, tables[name]?.length ?? 0]));
  return JSON.stringify(file);
}

describe('hostile backups in the dashboard (integrity)', () => {
  let harness: Harness;
  let dashboard: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await launchExtension();
    await harness.openPanel({ name: 'Backup Test', language: 'en' });
    dashboard = await harness.openExtensionPage('dashboard.html#backup');
    await dashboard.getByRole('heading', { name: 'Restore from a backup' }).waitFor();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const choose = (name: string, text: string) =>
    dashboard.getByLabel('Backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('refuses a call with a talk time of 1e308 seconds by name, and changes nothing', async () => {
    const before = await storeContents(dashboard);
    await choose(
      'hostile.json',
      backupFile((tables) => {
        (tables.calls![0] as Record<string, unknown>).durationSec = 1e308;
      }),
    );
    const alert = dashboard.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('durationSec');
    const text = await alert.textContent();
    console.log(`  dashboard says: "${text}"`);
    expect(text).toContain('Calls, row 1 (key "c-1")');
    expect(text).toContain('at most 86400');
    expect(await dashboard.getByRole('button', { name: 'Restore' }).count()).toBe(0);
    await dashboard.screenshot({ path: join(SHOTS, 'integrity-backup-refused.png') });
    expect(await storeContents(dashboard)).toEqual(before);
  });

  it('recounts daily totals that disagree with the calls, and says how many days differed', async () => {
    await choose(
      'inflated.json',
      backupFile((tables) => {
        Object.assign(tables.rollups![0]!, { dials: 101, revenue: 101_199 });
      }),
    );
    const notice = dashboard.getByText(/disagree with its calls \(days affected: 1, first 2026-11-26\)/);
    await notice.waitFor();
    await dashboard.getByRole('button', { name: 'Restore' }).click();
    await dashboard.getByText(/Daily totals were recounted from the calls \(days that differed from the file: 1\)/).waitFor();
    await dashboard.screenshot({ path: join(SHOTS, 'integrity-backup-recounted.png') });
    const rollups = JSON.parse((await storeContents(dashboard)).rollups ?? '[]') as { dials: number; revenue: number }[];
    expect(rollups).toEqual([expect.objectContaining({ day, dials: 1, revenue: 1200 })]);
  });
});
