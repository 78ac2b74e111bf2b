// The production build in a headful Chromium on a private X display, driven
// like a rep drives it: real key presses and clicks through X (xdotool), the
// side panel reached over the DevTools protocol (connectOverCDP lists it as a page).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
// @ts-expect-error plain ESM script without types
import { startDemoCrm } from '../../../scripts/demo-crm-server.mjs';
import { type Display, startDisplay } from './x11';

/** The build a user installs: no host permission at all (scripts/test.mjs builds it into .output). */
export const PRODUCTION_DIR = resolve(process.env.CALLSIDE_PROD_DIR ?? '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Pinned: a Tuesday mid-morning in Shanghai, inside the default calling hours, whatever the machine's clock says. */
export const PINNED_TIME = new Date('2026-03-10T10:30:00+08:00');
export const PINNED_ZONE = 'Asia/Shanghai';

export interface HeadfulBrowser {
  display: Display;
  crmUrl: string;
  /** The browser's first tab (focused window). */
  tab: Page;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Presses keys in the browser window through X, as a keyboard would (e.g. 'alt+shift+s'). */
  pressKeys(...keys: string[]): void;
  /** Waits for the side panel to be listed, connected over CDP again if needed (new targets show up there). */
  sidePanel(timeoutMs?: number): Promise<Page>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function devToolsPort(userDataDir: string, chrome: ChildProcess): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 300; attempt++) {
    if (chrome.exitCode !== null) throw new Error(`Chromium exited (${chrome.exitCode})`);
    if (existsSync(file)) {
      const port = readFileSync(file, 'utf8').split('\n')[0];
      if (port) return port;
    }
    await sleep(100);
  }
  throw new Error('Chromium never wrote DevToolsActivePort');
}

export async function launchHeadful(options: { extensionDir?: string; locale?: string } = {}): Promise<HeadfulBrowser> {
  const extensionDir = options.extensionDir ?? PRODUCTION_DIR;
  const locale = options.locale ?? 'en-US';
  const display = await startDisplay();
  const crm = (await startDemoCrm(0)) as { url: string; close(): Promise<void> };
  const userDataDir = mkdtempSync(join(tmpdir(), 'callside-headful-'));
  const chrome = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      // No translate bar over the Chinese demo record.
      '--disable-features=Translate',
      '--window-position=0,0',
      '--window-size=1400,900',
      `--lang=${locale}`,
      // As in the headless harness: containers and CI machines often cannot give Chromium its sandbox.
      '--no-sandbox',
      'about:blank',
    ],
    // Own process group, so close() ends Chromium's helpers too; TZ pins the local time zone.
    { env: { ...display.env, TZ: PINNED_ZONE, LANGUAGE: locale }, stdio: 'ignore', detached: true },
  );
  const endpoint = `http://127.0.0.1:${await devToolsPort(userDataDir, chrome)}`;
  const connections: Browser[] = [await chromium.connectOverCDP(endpoint)];
  const first = connections[0] as Browser;
  const context = first.contexts()[0] as BrowserContext;
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const tab = context.pages()[0] ?? (await context.newPage());
  const windowId = () => display.xdotool('search', '--onlyvisible', '--class', 'chromium').trim().split('\n')[0] ?? '';

  return {
    display,
    crmUrl: crm.url,
    tab,
    context,
    serviceWorker,
    extensionId,
    pressKeys(...keys) {
      const window = windowId();
      display.xdotool('windowfocus', '--sync', window);
      for (const key of keys) display.xdotool('key', '--window', window, key);
    },
    async sidePanel(timeoutMs = 15_000) {
      const isPanel = (page: Page) => page.url().startsWith(`chrome-extension://${extensionId}/sidepanel.html`);
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const connection of connections) {
          const found = connection
            .contexts()
            .flatMap((each) => each.pages())
            .find(isPanel);
          if (found) return found;
        }
        // A side panel opened after connecting is not always announced: a new connection lists it.
        connections.push(await chromium.connectOverCDP(endpoint));
        await sleep(250);
      }
      throw new Error('the side panel never opened');
    },
    async close() {
      for (const connection of connections) await connection.close().catch(() => undefined);
      if (chrome.pid) {
        try {
          process.kill(-chrome.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await new Promise((done) => (chrome.exitCode !== null ? done(undefined) : chrome.once('exit', done)));
      display.close();
      await crm.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Pins the panel's clock (the calling-hours guard reads it) and reloads it so the whole app runs on it. */
export async function pinPanelClock(panel: Page): Promise<void> {
  await panel.clock.setFixedTime(PINNED_TIME);
  await panel.reload();
}

interface ChromeAccessApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
}

/** What the extension may read now: granted origins and the origins its page reader is registered on. */
export function siteAccess(serviceWorker: Worker): Promise<{ origins: string[]; registered: string[] }> {
  return serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeAccessApi }).chrome;
    const origins = (await api.permissions.getAll()).origins ?? [];
    const registered = (await api.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    return { origins, registered };
  });
}

/**
 * Answers Chromium's "requested additional permissions" dialog with the keyboard
 * (focus starts on Deny; Tab moves to Allow). The dialog is drawn inside the
 * browser window, invisible to CDP, so this presses, then checks `granted`,
 * and presses again if the dialog was not up yet (a loaded machine).
 */
export async function allowPermissionDialog(browser: HeadfulBrowser, granted: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await sleep(1000 + attempt * 500);
    browser.pressKeys('Tab', 'Return');
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      if (await granted()) return;
      await sleep(200);
    }
  }
  throw new Error('the permission dialog was never accepted');
}
