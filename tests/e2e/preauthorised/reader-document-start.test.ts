import type { Page, Route, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from '../harness';

/**
 * The page reader on a site the rep enabled is registered at document_start:
 * it is on the page while the CRM is still loading and shows the record the
 * moment the DOM has it. The page here stops parsing at a script the test
 * holds back, so the record is in the DOM while the page is still loading
 * (no DOMContentLoaded, no load): a reader that waited for either would show nothing.
 */
const STILL_LOADING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northwind CRM</title></head><body>
<header><h5>Northwind CRM</h5></header>
<main><h1>Priya Raman</h1><dl><dt>Phone</dt><dd><a href="tel:+14746204101">(474) 620-4101</a></dd><dt>Company</dt><dd>Harborline Logistics</dd></dl></main>
<script src="/held-back.js"></script>
<p>Rest of the page</p>
</body></html>`;

type Registered = { id: string; js?: string[]; runAt?: string; matches?: string[] };
const registrations = (worker: Worker): Promise<Registered[]> =>
  worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } } }).chrome;
    return (await api.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith('callside-reader:'));
  });

describe('the page reader on an enabled site, at document_start', () => {
  let harness: Harness;
  let panel: Page;
  let crm: Page;
  const card = () => panel.getByRole('region', { name: 'On screen' });

  beforeAll(async () => {
    harness = await launchExtension();
    panel = await harness.openPanel({ name: 'Alex Chen', language: 'en' });
    crm = await harness.context.newPage();
    await crm.goto(`${harness.crmUrl}/corpus/element-plus-en.html`);
    await panel.bringToFront();
    await card().getByRole('heading', { name: 'Trevor Okafor' }).waitFor({ timeout: 15_000 });
    await card().getByRole('button', { name: 'Enable on this site' }).click();
    await card().getByRole('button', { name: 'Disable on this site' }).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('is registered to run at document_start on the enabled origin', async () => {
    expect(await registrations(harness.serviceWorker)).toEqual([
      expect.objectContaining({ id: 'callside-reader:http://127.0.0.1/*', js: ['page-reader.js'], runAt: 'document_start' }),
    ]);
  });

  it('shows the record in the panel while the CRM page is still loading', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await crm.route('**/still-loading.html', (route: Route) => route.fulfill({ contentType: 'text/html', body: STILL_LOADING_PAGE }));
    await crm.route('**/held-back.js', async (route: Route) => {
      await held;
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await crm.goto(`${harness.crmUrl}/still-loading.html`, { waitUntil: 'commit' });
    await card().getByRole('heading', { name: 'Priya Raman' }).waitFor({ timeout: 15_000 });
    await card().getByText('Harborline Logistics').first().waitFor({ timeout: 15_000 });
    // Shown before the page finished parsing: the reader did not wait for DOMContentLoaded or load.
    expect(await crm.evaluate(() => [document.readyState, document.body.textContent?.includes('Rest of the page')])).toEqual([
      'loading',
      false,
    ]);
    release();
    await crm.waitForLoadState('load');
    await card().getByRole('heading', { name: 'Priya Raman' }).waitFor({ timeout: 15_000 });
  });

  it('moves a registration left by an older version (document_idle) to document_start when the extension starts again', async () => {
    // What an earlier version registered for a site, still in the browser after an update.
    await harness.serviceWorker.evaluate(async () => {
      type Scripting = {
        registerContentScripts(scripts: object[]): Promise<void>;
      };
      const api = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
      await api.scripting.registerContentScripts([
        {
          id: 'callside-reader:http://localhost/*',
          matches: ['http://localhost/*'],
          js: ['page-reader.js'],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    });
    expect((await registrations(harness.serviceWorker)).map((script) => script.runAt).sort()).toEqual(['document_idle', 'document_start']);
    // An update starts the background afresh with the registrations kept: stop it (as the browser does when idle)
    // and wake it with a message from an extension page; the migration runs at every start.
    const cdp = await harness.context.newCDPSession(panel);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const background = targetInfos.find((target) => target.type === 'service_worker' && target.url.includes(harness.extensionId));
    expect(background).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: background?.targetId as string });
    const opened = await harness.openExtensionPage('options.html');
    const current = () =>
      opened.evaluate(async () => {
        type Api = {
          runtime: { sendMessage(message: unknown): Promise<unknown> };
          scripting: { getRegisteredContentScripts(): Promise<Registered[]> };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        await api.runtime.sendMessage({ type: 'wake' }).catch(() => undefined);
        return (await api.scripting.getRegisteredContentScripts())
          .filter((script) => script.id.startsWith('callside-reader:'))
          .map(({ id, runAt, js }) => ({ id, runAt, js }));
      });
    await expect
      .poll(() => current().catch(() => []), { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          { id: 'callside-reader:http://127.0.0.1/*', runAt: 'document_start', js: ['page-reader.js'] },
          { id: 'callside-reader:http://localhost/*', runAt: 'document_start', js: ['page-reader.js'] },
        ]),
      );
  });
});
