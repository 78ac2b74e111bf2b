// A panel that cannot open the database (another build left it at a newer
// version, so every read fails) still shows the rep's kept call: the cause,
// the call read-only from the extension's session storage, and a copy of it.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';

const SHOTS = resolve(process.env.CALLSIDE_SCREENSHOTS ?? join(tmpdir(), 'callside-integrity-shots'));

describe('kept call while the database cannot be opened (integrity)', () => {
  let harness: Harness;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await launchExtension();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the cause and the kept call, read-only, with a working copy button', async () => {
    // An extension page (no panel yet) sets the scene: a database this build cannot read, and a call kept aside.
    const setup = await harness.openExtensionPage('dashboard.html#log');
    await setup.evaluate(async () => {
      // A far newer version without a single table: what this page (or the background) has open closes on the
      // version change, and a reopen finds no tables; nothing can bring the old layout back in between.
      await new Promise<void>((done, failed) => {
        const request = indexedDB.open('callside', 99_990);
        request.onupgradeneeded = () => {
          for (const name of Array.from(request.result.objectStoreNames)) request.result.deleteObjectStore(name);
        };
        request.onsuccess = () => {
          request.result.close();
          done();
        };
        request.onerror = () => failed(request.error);
      });
      const started = new Date(2026, 10, 26, 10, 0).getTime();
      const extension = (globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }).chrome;
      await extension.storage.session.set({
        'callside-kept-draft:current-call': {
          id: 'current-call',
          updatedAt: started + 90_000,
          startedAt: started,
          customerName: 'Wang Fang',
          phoneE164: '+8613800138000',
          outcomeId: 'call-back',
          notes: 'wants the renewal quote by Friday',
        },
      });
    });
    await setup.close();
    // Extension origins cannot be granted clipboard-read: the demo CRM page reads the (shared) clipboard.
    const crm = await harness.context.newPage();
    await crm.goto(`${harness.crmUrl}/demo-crm/1`);
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.crmUrl });
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.bringToFront();
    await expect(panel.getByRole('alert').textContent()).resolves.toMatch(/Storage problem/);
    const kept = panel.getByRole('region', { name: 'Your unsaved call is kept' });
    await kept.waitFor();
    await expect(kept.textContent()).resolves.toContain('wants the renewal quote by Friday');
    await expect(kept.getByRole('textbox').count()).resolves.toBe(0);
    await kept.getByRole('button', { name: 'Copy call details' }).click();
    await panel.getByText('Copied the call details.').waitFor();
    await panel.screenshot({ path: join(SHOTS, 'integrity-kept-draft.png') });
    await crm.bringToFront();
    const copied = await crm.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Customer: Wang Fang');
    expect(copied).toContain('Notes: wants the renewal quote by Friday');
  });
});
