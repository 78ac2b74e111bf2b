// Looks at the panel the way a rep sees it: beside a CRM record, in both
// languages and both themes. Writes the PNGs to CALLSIDE_SCREENSHOT_DIR
// (docs/screenshots for the README) or a temp folder.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullCatalog } from '../../../lib/i18n/all-catalogs';
import { type Harness, launchExtension } from '../harness';

const MESSAGE_KEYS = Object.keys(fullCatalog('en'));

/** Message keys showing as text mean a string was used before its catalogue loaded. */
async function rawMessageKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent ?? '');
  return MESSAGE_KEYS.filter((key) => text.includes(key));
}

const OUT = process.env.CALLSIDE_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'callside-shots-'));
mkdirSync(OUT, { recursive: true });
const PANEL = { width: 400, height: 800 };
const CRM = { width: 900, height: 800 };

/** Puts the CRM page and the panel side by side in one PNG, as Chrome shows them. */
async function besideCrm(harness: Harness, crm: Page, panel: Page, file: string): Promise<void> {
  const [crmShot, panelShot] = await Promise.all([crm.screenshot(), panel.screenshot()]);
  const canvas = await harness.context.newPage();
  await canvas.setViewportSize({ width: CRM.width + PANEL.width + 1, height: CRM.height });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#888"><img src="data:image/png;base64,${crmShot.toString('base64')}"><div style="width:1px;background:#999"></div><img src="data:image/png;base64,${panelShot.toString('base64')}"></body>`,
  );
  await canvas.screenshot({ path: join(OUT, file) });
  await canvas.close();
}

async function noHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

describe('the panel beside a CRM record', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('fits a 400 px side panel in English, light theme', async () => {
    const crm = await harness.context.newPage();
    await crm.setViewportSize(CRM);
    await crm.goto(`${harness.crmUrl}/demo-crm/renovation-lead.html`);
    const panel = await harness.openPanel({ name: 'Alex Chen', language: 'en', industry: 'home-renovation' });
    await panel.setViewportSize(PANEL);
    await crm.bringToFront();
    await panel.bringToFront();
    await panel.getByRole('region', { name: 'On screen' }).getByRole('heading', { name: 'Jordan Avery' }).waitFor();
    expect(await noHorizontalOverflow(panel)).toBe(true);
    expect(await rawMessageKeys(panel)).toEqual([]);
    await panel.screenshot({ path: join(OUT, 'panel-en-light.png') });
    await besideCrm(harness, crm, panel, 'panel-beside-crm.png');
    await crm.close();
    await panel.close();
  });

  it('shows a running call: outcomes, the required checklist, amount and save within the panel width', async () => {
    const crm = await harness.context.newPage();
    await crm.setViewportSize(CRM);
    await crm.goto(`${harness.crmUrl}/demo-crm/renovation-lead.html`);
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.setViewportSize(PANEL);
    await crm.bringToFront();
    await panel.bringToFront();
    await panel.getByRole('region', { name: 'On screen' }).getByRole('heading', { name: 'Jordan Avery' }).waitFor();
    await panel.getByRole('button', { name: 'Start call' }).click();
    const callAnyway = panel.getByRole('button', { name: 'Call anyway' });
    const checklist = panel.getByRole('group', { name: 'Required before saving a connected call' });
    await checklist.or(callAnyway).first().waitFor();
    if (await callAnyway.isVisible()) {
      await panel.getByRole('textbox', { name: 'Reason' }).fill('screenshot outside calling hours');
      await callAnyway.click();
    }
    await checklist.waitFor();
    await panel.getByRole('button', { name: 'Quoted', exact: true }).click();
    await panel.getByRole('checkbox', { name: 'Identified myself and the company' }).check();
    expect(await noHorizontalOverflow(panel)).toBe(true);
    expect(await rawMessageKeys(panel)).toEqual([]);
    await panel.screenshot({ path: join(OUT, 'panel-call-running.png'), fullPage: true });
    // Discard is two-step, so a stray Enter never throws a call away.
    await panel.getByRole('button', { name: 'Discard call' }).click();
    await panel.getByRole('button', { name: 'Confirm discard' }).click();
    await panel.getByRole('button', { name: 'Start call' }).waitFor();
    await panel.close();
    await crm.close();
  });

  it('shows the dashboard log and backup views with no raw strings', async () => {
    // One saved call, so the log has a row.
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByRole('button', { name: 'Start call' }).click();
    const callAnyway = panel.getByRole('button', { name: 'Call anyway' });
    const noAnswer = panel.getByRole('button', { name: 'No answer' });
    await noAnswer.or(callAnyway).first().waitFor();
    if (await callAnyway.isVisible()) {
      await panel.getByRole('textbox', { name: 'Reason' }).fill('screenshot outside calling hours');
      await callAnyway.click();
    }
    await noAnswer.click();
    await panel.getByRole('button', { name: 'Save call' }).click();
    await panel.getByText('Call saved.').waitFor();
    await panel.close();

    const dashboard = await harness.openExtensionPage('dashboard.html#log');
    await dashboard.setViewportSize({ width: 1200, height: 700 });
    await dashboard.getByRole('table').waitFor();
    await dashboard.getByRole('cell', { name: 'No answer' }).first().waitFor();
    expect(await rawMessageKeys(dashboard)).toEqual([]);
    await dashboard.screenshot({ path: join(OUT, 'dashboard-log.png') });
    await dashboard.goto(dashboard.url().replace('#log', '#backup'));
    await dashboard.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await rawMessageKeys(dashboard)).toEqual([]);
    await dashboard.screenshot({ path: join(OUT, 'dashboard-backup.png') });
    await dashboard.close();
  });

  it('switches to a dark palette with the system', async () => {
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.setViewportSize(PANEL);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.getByRole('navigation', { name: 'Sections' }).waitFor();
    const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
    expect(await noHorizontalOverflow(panel)).toBe(true);
    await panel.screenshot({ path: join(OUT, 'panel-en-dark.png') });
    await panel.close();
  });

  it('renders the Chinese panel beside the Chinese car-insurance record', async () => {
    const options = await harness.openExtensionPage('options.html');
    await options.getByLabel('Language').selectOption('zh-CN');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByRole('status').getByText('设置已保存。').waitFor();
    await options.close();
    const crm = await harness.context.newPage();
    await crm.setViewportSize(CRM);
    await crm.goto(`${harness.crmUrl}/demo-crm/car-renewal.html`);
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.setViewportSize(PANEL);
    await crm.bringToFront();
    await panel.bringToFront();
    await panel.getByRole('region', { name: '当前客户' }).getByRole('heading', { name: '张伟' }).waitFor();
    expect(await noHorizontalOverflow(panel)).toBe(true);
    expect(await rawMessageKeys(panel)).toEqual([]);
    // Every section, opened in turn, shows its strings (they load with the section).
    for (const section of ['话术', '异议', '目标', '回访']) {
      await panel.getByRole('button', { name: section, exact: true }).click();
      await panel.getByRole('heading', { level: 1, name: section }).waitFor();
      await expect.poll(() => panel.locator('[aria-busy="true"]').count()).toBe(0);
      expect(await rawMessageKeys(panel)).toEqual([]);
    }
    await panel.getByRole('button', { name: '通话', exact: true }).click();
    await panel.screenshot({ path: join(OUT, 'panel-zh-light.png') });
    await besideCrm(harness, crm, panel, 'panel-beside-crm-zh.png');
    await crm.close();
    await panel.close();
  });
});
