import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, type Harness, launchExtension, PROD_EXTENSION_DIR } from '../harness';

describe('the shipped manifest', () => {
  const manifest = JSON.parse(readFileSync(join(PROD_EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('is MV3 with a side panel and asks for no site access at install', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // The shortcut opens the panel through the toolbar action, which grants the tab it was pressed on.
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+S');
    expect(manifest.permissions.sort()).toEqual(
      ['activeTab', 'alarms', 'notifications', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'].sort(),
    );
  });
});

describe('the extension in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('loads and runs its service worker', () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('leaves the toolbar click to its own listener, which grants the tab (not openPanelOnActionClick)', async () => {
    // openPanelOnActionClick opens the panel without activeTab; the real click is proved in tests/e2e/gesture.
    const behaviour = await harness.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> } } }
      ).chrome.sidePanel.getPanelBehavior(),
    );
    expect(behaviour.openPanelOnActionClick).toBe(false);
  });

  it('renders the panel in English after first run', async () => {
    const panel = await harness.openPanel({ name: 'Alex Chen', language: 'en' });
    await expect(panel.getByRole('navigation', { name: 'Sections' }).isVisible()).resolves.toBe(true);
    for (const section of ['Call', 'Script', 'Objections', 'Targets', 'Follow-ups']) {
      await expect(panel.getByRole('button', { name: section, exact: true }).count()).resolves.toBe(1);
    }
    await panel.close();
  });

  // Pre-authorised build: this checks the reader, not access (access: tests/e2e/gesture and tests/e2e/firefox).
  it('reads the demo record on a 127.0.0.1 CRM page beside the panel', async () => {
    const crm = await harness.context.newPage();
    await crm.goto(`${harness.crmUrl}/demo-crm/renovation-lead.html`);
    const panel = await harness.openExtensionPage('sidepanel.html');
    await crm.bringToFront();
    await panel.bringToFront();
    const card = panel.getByRole('region', { name: 'On screen' });
    await card.getByRole('heading', { name: 'Jordan Avery' }).waitFor({ timeout: 10_000 });
    await expect(card.textContent()).resolves.toContain('(252) 460-7929');
    await panel.close();
    await crm.close();
  });

  it('switches the panel to Chinese from the options page', async () => {
    const options = await harness.openExtensionPage('options.html');
    await options.getByLabel('Language').selectOption('zh-CN');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByRole('status').getByText('设置已保存。').waitFor();
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByRole('navigation', { name: '功能区' }).waitFor();
    await expect(panel.getByRole('button', { name: '异议', exact: true }).count()).resolves.toBe(1);
    await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await panel.close();
    await options.close();
  });

  it('sends no request anywhere but the local demo CRM', () => {
    expect(harness.requests.some((url) => url.startsWith(harness.crmUrl))).toBe(true);
    expect(externalRequests(harness)).toEqual([]);
  });
});
