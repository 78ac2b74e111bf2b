import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD_DIR, type FirefoxSession, launchFirefox, waitUntil } from './firefox';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Firefox ESR with the Firefox build (MV2 sidebar_action, no host permission):
 * the sidebar opens from a shortcut Firefox leaves free and from the toolbar
 * button, reads the record of the tab it was opened on (activeTab), and the
 * site is enabled from a click in the sidebar through Firefox's own prompt.
 */
describe('the Firefox sidebar reads the CRM (Firefox ESR, headful)', () => {
  let firefox: FirefoxSession;
  /** The "On screen" region's text, as the sidebar shows it. */
  const onScreen = () =>
    firefox.inBrowserWindow<string>(`
      const outer = document.getElementById('sidebar');
      const doc = outer?.contentDocument?.getElementById('webext-panels-browser')?.contentDocument;
      return doc?.querySelector('[aria-label="On screen"]')?.innerText ?? '';
    `);
  const click = (point: { x: number; y: number }) => firefox.display.xdotool('mousemove', String(point.x), String(point.y), 'click', '1');

  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('ships a sidebar, no site access, and a free shortcut of its own (Alt+Shift+S is Firefox’s History menu)', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.permissions).not.toContain('http://*/*');
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.commands['open-panel'].suggested_key.default).toBe('Alt+Shift+P');
    expect(manifest.commands._execute_sidebar_action).toBeUndefined();
  });

  it('Alt+Shift+P opens the sidebar; after first run (typed) it reads the record the shortcut was pressed on', async () => {
    await firefox.navigate(`${firefox.crmUrl}/demo-crm/renovation-lead.html`);
    await sleep(500);
    firefox.display.xdotool('mousemove', '700', '600', 'click', '1');
    firefox.display.xdotool('key', 'alt+shift+p');
    await waitUntil(firefox.sidebarText, (text) => text.includes('Welcome to Callside'));
    // The name field has focus: type the answers as a rep would.
    firefox.display.xdotool('type', '--delay', '20', 'Alex Chen');
    firefox.display.xdotool('key', 'Tab');
    firefox.display.xdotool('type', '--delay', '20', 'North Team');
    firefox.display.xdotool('key', 'Return');
    const text = await waitUntil(onScreen, (shown) => shown.includes('Jordan Avery'));
    expect(text).toContain('(252) 460-7929');
  });

  it('the toolbar button opens the sidebar on another record and reads it', async () => {
    await firefox.inBrowserWindow(`SidebarController.hide();`);
    await waitUntil(firefox.sidebarText, (text) => text === '');
    await firefox.navigate(`${firefox.crmUrl}/demo-crm/car-renewal.html`);
    const button = await firefox.inBrowserWindow<{ x: number; y: number }>(`
      const node = document.getElementById('callside_callside_app-browser-action');
      const box = node.getBoundingClientRect();
      return { x: Math.round(window.mozInnerScreenX + box.left + box.width / 2), y: Math.round(window.mozInnerScreenY + box.top + box.height / 2) };
    `);
    click(button);
    const text = await waitUntil(onScreen, (shown) => shown.includes('张伟'));
    expect(text).toContain('138 0013 8000');
  });

  it('enables the site from a click in the sidebar through Firefox’s permission prompt', async () => {
    const enable = await waitUntil(
      () => firefox.sidebarButtonPoint('Enable on this site'),
      (point) => point != null,
    );
    click(enable as { x: number; y: number });
    // Firefox's doorhanger: "Callside requests additional permissions" with Allow / Don't allow.
    await sleep(800);
    writeFileSync('docs/screenshots/firefox-permission-prompt.png', firefox.display.screenshot());
    const allow = await waitUntil(
      () =>
        firefox.inBrowserWindow<{ x: number; y: number } | undefined>(`
          const notification = document.querySelector('popupnotification[id="addon-webext-permissions-notification"]');
          const button = notification?.button;
          if (!button || !button.getBoundingClientRect().width) return undefined;
          const box = button.getBoundingClientRect();
          return { x: Math.round(window.mozInnerScreenX + box.left + box.width / 2), y: Math.round(window.mozInnerScreenY + box.top + box.height / 2) };
        `),
      (point) => point != null,
    );
    click(allow as { x: number; y: number });
    await waitUntil(firefox.sidebarText, (text) => text.includes('Disable on this site'));
    writeFileSync('docs/screenshots/firefox-sidebar-enabled.png', firefox.display.screenshot());
  });

  it('on a tab it may not read, says why with Firefox’s own shortcut, and that shortcut reads it', async () => {
    // A new tab on another origin (localhost): not enabled, no gesture on it yet.
    const opened = await firefox.marionette.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    await firefox.marionette.send('WebDriver:SwitchToWindow', { handle: opened.handle, focus: true });
    await firefox.navigate(`${firefox.crmUrl.replace('127.0.0.1', 'localhost')}/demo-crm/renovation-lead.html`);
    const text = await waitUntil(onScreen, (shown) => shown.includes('may not read this tab yet'));
    expect(text).toContain('press Alt+Shift+P');
    firefox.display.xdotool('mousemove', '700', '600', 'click', '1');
    firefox.display.xdotool('key', 'alt+shift+p');
    await waitUntil(onScreen, (shown) => shown.includes('Jordan Avery'));
  });
});
