// Launches Debian's headless Chromium with the PRE-AUTHORISED build (host access
// to 127.0.0.1 granted in its manifest, which no user's build has) and the demo
// CRM served on 127.0.0.1, and records every network request the browser makes.
// Only for tests whose subject is not site access: access itself is proved on
// the production build through real gestures (tests/e2e/gesture, tests/e2e/firefox).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
// @ts-expect-error plain ESM script without types
import { startDemoCrm } from '../../scripts/demo-crm-server.mjs';

export const EXTENSION_DIR = resolve(process.env.CALLSIDE_EXT_DIR ?? '.output-preauthorised/chrome-mv3');
export const PROD_EXTENSION_DIR = resolve(process.env.CALLSIDE_PROD_DIR ?? '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Base URL of the demo CRM, e.g. http://127.0.0.1:40123 */
  crmUrl: string;
  /** Every URL the browser requested, in order. */
  requests: string[];
  /** Opens an extension page (sidepanel.html, dashboard.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens the side panel page and completes first run, unless `firstRun: false`. */
  openPanel(options?: { name?: string; language?: 'en' | 'zh-CN'; industry?: string; firstRun?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: { locale?: string; extensionDir?: string } = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  // Lets the context's request events include the extension service worker's own fetches.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'callside-e2e-'));
  const crm = (await startDemoCrm(0)) as { url: string; close(): Promise<void> };
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    crmUrl: crm.url,
    requests,
    openExtensionPage,
    async openPanel({ name = 'Alex Chen', language = 'en', industry = 'car-insurance', firstRun = true } = {}) {
      const page = await openExtensionPage('sidepanel.html');
      if (!firstRun) return page;
      const form = page.locator('form.first-run');
      await form.waitFor();
      // Every text answer (name, team) gets the same value: these tests are not about first run.
      for (const box of await form.getByRole('textbox').all()) await box.fill(name);
      await form.locator('select').nth(0).selectOption(language);
      await form.locator('select').nth(1).selectOption(industry);
      await form.locator('button[type=submit]').click();
      await page.locator('nav.activity-bar').waitFor();
      return page;
    },
    async close() {
      await context.close();
      await crm.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Requests that left the machine: anything but the extension itself and the local demo CRM. */
export function externalRequests(harness: Pick<Harness, 'requests' | 'crmUrl'>): string[] {
  return harness.requests.filter(
    (url) =>
      !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(harness.crmUrl),
  );
}
