// Debian's Firefox ESR, headful on a private X display, with the built add-on
// installed temporarily over Marionette. Keys and clicks go through X
// (xdotool); the sidebar's page is read from the browser window's own script
// context (Marionette "chrome" context), as Firefox shows no sidebar to WebDriver.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM script without types
import { startDemoCrm } from '../../../scripts/demo-crm-server.mjs';
import { type Display, startDisplay } from '../gesture/x11';
import { Marionette } from './marionette';

export const FIREFOX_BUILD_DIR = resolve(process.env.CALLSIDE_FIREFOX_DIR ?? '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'callside@callside.app';

const PREFS: Record<string, string | number | boolean> = {
  'marionette.port': 0, // Firefox picks a free port and writes it to MarionetteActivePort
  // The sidebar's page runs in the browser process, so the browser window's script can read its DOM.
  'extensions.webextensions.remote': false,
  'intl.locale.requested': 'en-US',
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
  'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.newtabpage.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'browser.translations.automaticallyPopup': false,
};

export interface FirefoxSession {
  display: Display;
  marionette: Marionette;
  crmUrl: string;
  /** Runs a function body in the browser window (chrome context). */
  inBrowserWindow<T>(script: string, args?: unknown[]): Promise<T>;
  /** The sidebar page's visible text ('' while the sidebar is closed or loading). */
  sidebarText(): Promise<string>;
  /** Screen coordinates of an element in the sidebar page matched by a button's text. */
  sidebarButtonPoint(label: string): Promise<{ x: number; y: number } | undefined>;
  navigate(url: string): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function marionettePort(profile: string, firefox: ChildProcess): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  for (let attempt = 0; attempt < 600; attempt++) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited (${firefox.exitCode})`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').trim());
      if (port > 0) return port;
    }
    await sleep(100);
  }
  throw new Error('Firefox never opened Marionette');
}

/** The sidebar's extension page document, from the browser window. */
const SIDEBAR_DOCUMENT = `
  const outer = document.getElementById('sidebar');
  const inner = outer && outer.contentDocument && outer.contentDocument.getElementById('webext-panels-browser');
  const doc = inner && inner.contentDocument;
`;

export async function launchFirefox(options: { buildDir?: string } = {}): Promise<FirefoxSession> {
  const display = await startDisplay();
  const crm = (await startDemoCrm(0)) as { url: string; close(): Promise<void> };
  const profile = mkdtempSync(join(tmpdir(), 'callside-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const firefox = spawn(
    FIREFOX,
    [
      '--marionette',
      '-remote-allow-system-access',
      '--profile',
      profile,
      '--no-remote',
      '--new-instance',
      '--width',
      '1400',
      '--height',
      '900',
    ],
    { env: { ...display.env, TZ: 'Asia/Shanghai', MOZ_CRASHREPORTER_DISABLE: '1' }, stdio: 'ignore', detached: true },
  );
  const marionette = await Marionette.connect(await marionettePort(profile, firefox));
  await marionette.send('WebDriver:NewSession', { capabilities: {} });
  await marionette.send('Addon:Install', { path: options.buildDir ?? FIREFOX_BUILD_DIR, temporary: true });

  const inBrowserWindow = async <T>(script: string, args: unknown[] = []): Promise<T> => {
    await marionette.setContext('chrome');
    try {
      return await marionette.run<T>(script, args);
    } finally {
      await marionette.setContext('content');
    }
  };

  return {
    display,
    marionette,
    crmUrl: crm.url,
    inBrowserWindow,
    sidebarText: () => inBrowserWindow<string>(`${SIDEBAR_DOCUMENT} return (doc && doc.body && doc.body.innerText) || '';`),
    sidebarButtonPoint: (label) =>
      inBrowserWindow<{ x: number; y: number } | undefined>(
        `${SIDEBAR_DOCUMENT}
        if (!doc) return undefined;
        const button = Array.from(doc.querySelectorAll('button')).find((each) => each.textContent.trim() === arguments[0]);
        if (!button) return undefined;
        button.scrollIntoView({ block: 'center' });
        // Three nested frames: the browser window, the sidebar's own page, the extension page.
        const sidebar = outer.getBoundingClientRect();
        const frame = inner.getBoundingClientRect();
        const box = button.getBoundingClientRect();
        const left = window.mozInnerScreenX + sidebar.left + frame.left + box.left;
        const top = window.mozInnerScreenY + sidebar.top + frame.top + box.top;
        return { x: Math.round(left + box.width / 2), y: Math.round(top + box.height / 2) };`,
        [label],
      ),
    navigate: async (url) => {
      await marionette.send('WebDriver:Navigate', { url });
    },
    async close() {
      marionette.close();
      if (firefox.pid) {
        try {
          process.kill(-firefox.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await Promise.race([new Promise((done) => (firefox.exitCode !== null ? done(undefined) : firefox.once('exit', done))), sleep(5000)]);
      display.close();
      await crm.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls until `read` returns something `accept` likes, or fails with the last value seen. */
export async function waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`timed out; last seen: ${JSON.stringify(last)}`);
    await sleep(200);
    last = await read();
  }
  return last;
}
