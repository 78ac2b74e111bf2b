import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from '../harness';

/**
 * The field picker on an Element Plus record page (tests/fixtures/corpus), whose status is a
 * combobox. Like the kit in a live CRM, the page opens its dropdown on pointerdown with an overlay
 * that covers the page and swallows mousedown and click: the picker must still map the status.
 */
const OPENS_ON_POINTERDOWN = `
  addEventListener('DOMContentLoaded', () => {
    for (const select of document.querySelectorAll('.el-select__wrapper')) {
      select.addEventListener('pointerdown', () => {
        const overlay = document.createElement('div');
        overlay.id = 'kit-dropdown';
        overlay.setAttribute('role', 'listbox');
        overlay.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.05);z-index:2000';
        overlay.innerHTML = '<div role="option">Contacted</div><div role="option">Unqualified</div>';
        for (const type of ['mousedown', 'click']) overlay.addEventListener(type, (event) => event.stopPropagation());
        document.body.append(overlay);
      });
    }
  });`;

describe('mapping a status shown in a combobox', () => {
  let harness: Harness;
  let panel: Page;
  let crm: Page;
  const card = () => panel.getByRole('region', { name: 'On screen' });
  const stageValue = () => card().locator('dt.mapped-field', { hasText: 'leadStage' }).locator('xpath=following-sibling::dd[1]');

  beforeAll(async () => {
    harness = await launchExtension();
    panel = await harness.openPanel({ name: 'Alex Chen', language: 'en' });
    crm = await harness.context.newPage();
    await crm.addInitScript({ content: OPENS_ON_POINTERDOWN });
    await crm.goto(`${harness.crmUrl}/corpus/element-plus-en.html`);
    await crm.getByRole('heading', { name: 'Trevor Okafor' }).waitFor();
    await panel.bringToFront();
    await card().getByRole('heading', { name: 'Trevor Okafor' }).waitFor({ timeout: 10_000 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses the page itself, saying why, then maps the combobox the rep clicks', async () => {
    await card().getByRole('button', { name: 'Map a field' }).click();
    const picker = panel.getByRole('region', { name: 'Map a field' });
    await picker.getByText('click the value to map', { exact: false }).waitFor();
    await crm.bringToFront();

    // A click on an empty part of the page hits the page itself (or a box covering most of it): refused, and the rep is told why.
    const empty = await crm.evaluate(() => {
      for (let y = 790; y > 0; y -= 10) {
        const hit = document.elementFromPoint(1275, y);
        const rect = hit?.getBoundingClientRect();
        if (
          hit &&
          rect &&
          (hit === document.documentElement || hit === document.body || rect.width * rect.height > 0.5 * innerWidth * innerHeight)
        )
          return { x: 1275, y };
      }
      return undefined;
    });
    expect(empty).toBeDefined();
    await crm.mouse.click(empty?.x ?? 0, empty?.y ?? 0);
    await crm.getByText('That covers most of the page', { exact: false }).waitFor({ timeout: 5_000 });
    await expect(crm.locator('#callside-field-picker').count()).resolves.toBe(1);

    // A real press on the status combobox (pointerdown, mousedown, mouseup, click).
    const status = crm.locator('.status-block .el-select__wrapper');
    await status.click();
    await panel.bringToFront();
    await picker.getByText('Contacted', { exact: true }).waitFor({ timeout: 5_000 });
    // The page never saw the press: its dropdown did not open, and the picker's overlay is gone.
    await expect(crm.locator('#kit-dropdown').count()).resolves.toBe(0);
    await expect(crm.locator('[id^="callside-"]').count()).resolves.toBe(0);

    await picker.getByRole('radio', { name: 'Custom field' }).check();
    await picker.getByRole('textbox', { name: 'Field name' }).fill('leadStage');
    await picker.getByRole('button', { name: 'Save mapping' }).click();
    await expect(stageValue().textContent({ timeout: 5_000 })).resolves.toBe('Contacted');
  });

  it('shows a missing name as missing, one click from mapping it, never the page title', async () => {
    await crm.goto(`${harness.crmUrl}/corpus-live/no-name.html`);
    await panel.bringToFront();
    await card().getByText('Harborline Logistics').waitFor({ timeout: 10_000 });
    await expect(card().getByRole('heading').first().textContent()).resolves.toBe('No name found on this page');
    await expect(card().textContent()).resolves.not.toMatch(/^Northwind CRM/);
    await card().getByRole('button', { name: 'Map a field for the name' }).waitFor();
    await panel.setViewportSize({ width: 420, height: 720 });
    await panel.screenshot({ path: 'docs/screenshots/panel-name-missing.png' });
    await crm.goBack();
  });

  it('still reads the mapped status after a reload', async () => {
    await crm.reload();
    await crm.getByRole('heading', { name: 'Trevor Okafor' }).waitFor();
    await panel.bringToFront();
    await card().getByRole('heading', { name: 'Trevor Okafor' }).waitFor({ timeout: 10_000 });
    await expect(stageValue().textContent({ timeout: 10_000 })).resolves.toBe('Contacted');
  });
});
