// Targets end to end in Chromium, on the pre-authorised build: a month target
// set in options, calls logged in the panel, the panel's bars and the
// dashboard's charts following. Time is pinned: the time zone through TZ
// (Chromium takes it from its environment) and the clock through Playwright.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';

const SHOTS = 'docs/screenshots';
mkdirSync(SHOTS, { recursive: true });

async function pinClock(harness: Harness, isoWithOffset: string): Promise<void> {
  await harness.context.clock.install({ time: new Date(isoWithOffset) });
}

/** Start call, "no answer" (key 1), Enter: a dial that needs no checklist. */
async function logNoAnswer(panel: Page, startLabel: string, saveLabel: string): Promise<void> {
  const start = panel.getByRole('button', { name: startLabel });
  await start.click();
  const save = panel.getByRole('button', { name: saveLabel });
  await save.waitFor();
  await panel.keyboard.press('1');
  await save.click();
  await start.waitFor();
}

async function barText(panel: Page, name: string): Promise<string | null> {
  return panel.getByRole('progressbar', { name, exact: true }).getAttribute('aria-valuetext');
}

async function setMonthTarget(
  options: Page,
  labels: { kpi: string; floor: string; reason: string; save: string },
  kpi: string,
  floor: string,
): Promise<void> {
  await options.getByRole('combobox', { name: labels.kpi, exact: true }).selectOption(kpi);
  await options.getByRole('textbox', { name: labels.floor, exact: true }).fill(floor);
  await options.getByRole('textbox', { name: labels.reason, exact: true }).fill('month-start planning');
  await options.getByRole('button', { name: labels.save }).click();
}

describe('targets in Chromium (en)', () => {
  let harness: Harness;
  const previousTz = process.env.TZ;
  beforeAll(async () => {
    process.env.TZ = 'America/New_York';
    harness = await launchExtension();
    // Monday 2 November 2026, 10:00 in New York: inside calling hours, 21 working days in the month.
    await pinClock(harness, '2026-11-02T10:00:00-05:00');
  });
  afterAll(async () => {
    await harness?.close();
    process.env.TZ = previousTz;
  });

  it('a month target set in options drives the panel bars and the dashboard charts', async () => {
    const panel = await harness.openPanel({ name: 'Alex Chen', language: 'en', industry: 'home-renovation' });
    await expect(panel.getByText('No target for this month yet.').waitFor()).resolves.toBeUndefined();

    const options = await harness.openExtensionPage('options.html#targets');
    await setMonthTarget(
      options,
      { kpi: 'KPI', floor: 'Floor (company target)', reason: 'Reason for the change', save: 'Save target' },
      'dials',
      '210',
    );
    await options.getByText('Target saved. The remaining days are re-planned.').waitFor();
    await options.screenshot({ path: `${SHOTS}/options-targets.png`, fullPage: true });

    await panel.bringToFront();
    await expect.poll(() => barText(panel, 'Today')).toBe('0 of 10');
    expect(await barText(panel, 'This month')).toBe('0 of 210');
    for (let call = 0; call < 3; call += 1) await logNoAnswer(panel, 'Start call', 'Save call');
    await expect.poll(() => barText(panel, 'Today')).toBe('3 of 10');
    expect(await barText(panel, 'This month')).toBe('3 of 210');
    await panel.getByText('stretch 252').waitFor();
    await panel.screenshot({ path: `${SHOTS}/panel-target-bars.png` });

    await panel.locator('nav.activity-bar').getByRole('button', { name: 'Targets' }).click();
    const region = panel.getByRole('region', { name: 'Targets' });
    await region.getByText('Today: 3 of the daily platform 10').waitFor();
    await region.getByText('Needed per remaining working day: 10 (21 days left)').waitFor();
    await panel.screenshot({ path: `${SHOTS}/panel-targets-section.png`, fullPage: true });

    const dashboard = await harness.openExtensionPage('dashboard.html#history');
    await dashboard.getByText('Dials: 3 of 210 this month, On track.').waitFor();
    const funnel = dashboard.getByRole('table').filter({ has: dashboard.getByRole('columnheader', { name: 'Customer rate' }) });
    await expect.poll(() => funnel.getByRole('row', { name: /Dialed/ }).textContent()).toContain('3');
    // Each chart is drawn (Chart.js loaded in the dashboard's chunk) and named.
    for (const name of ['Daily trend against target: Dials', 'Funnel', 'Levers', 'Connect duration'])
      await expect
        .poll(() =>
          dashboard
            .getByRole('img', { name })
            .evaluate((canvas: HTMLCanvasElement) => canvas.width > 0 && canvas.toDataURL().length > 2000),
        )
        .toBe(true);
    await dashboard.screenshot({ path: `${SHOTS}/dashboard-history.png`, fullPage: true });

    // One more call in the panel: the open dashboard follows.
    await panel.locator('nav.activity-bar').getByRole('button', { name: 'Call' }).click();
    await logNoAnswer(panel, 'Start call', 'Save call');
    await dashboard.getByText('Dials: 4 of 210 this month, On track.').waitFor();
    await expect.poll(() => barText(panel, 'Today')).toBe('4 of 10');
    // The rep's theme follows the system: the same views in dark.
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: `${SHOTS}/panel-target-bars-dark.png` });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.reload();
    await dashboard.getByText('Dials: 4 of 210 this month, On track.').waitFor();
    await expect
      .poll(() => dashboard.getByRole('img', { name: 'Funnel' }).evaluate((canvas: HTMLCanvasElement) => canvas.width > 0))
      .toBe(true);
    await dashboard.screenshot({ path: `${SHOTS}/dashboard-history-dark.png`, fullPage: true });
  });
});

describe('targets in Chromium (zh-CN, China calendar)', () => {
  let harness: Harness;
  const previousTz = process.env.TZ;
  beforeAll(async () => {
    process.env.TZ = 'Asia/Shanghai';
    harness = await launchExtension({ locale: 'zh-CN' });
    // Friday 9 October 2026, 10:00 in Shanghai: National Day (1-7 Oct) is over, Saturday 10 Oct is a make-up working day.
    await pinClock(harness, '2026-10-09T10:00:00+08:00');
  });
  afterAll(async () => {
    await harness?.close();
    process.env.TZ = previousTz;
  });

  it('spreads the month over China working days and shows the bars in Chinese', async () => {
    const panel = await harness.openPanel({ name: '王芳', language: 'zh-CN', industry: 'car-insurance' });
    const options = await harness.openExtensionPage('options.html#targets');
    await setMonthTarget(options, { kpi: '指标', floor: '公司目标（底线）', reason: '调整原因', save: '保存目标' }, 'dials', '1600');
    await options.getByText('目标已保存，剩余工作日已重新分配。').waitFor();
    const calendar = await harness.openExtensionPage('options.html#calendar');
    // October 2026 in China, as the package lists it: 22 weekdays, 1-7 Oct off (5 of them weekdays), Saturday 10 Oct worked: 18.
    // The official days are seeded once on first use; the view follows the table.
    await calendar.getByText('2026-10 共 18 个工作日').waitFor();
    const workingDays = 18;
    await calendar.screenshot({ path: `${SHOTS}/options-calendar-zh.png`, fullPage: true });

    await panel.bringToFront();
    // Only Thursday 8 October was worked before today: 1,600 over the 17 left, the first days front-loaded.
    const remaining = workingDays - 1;
    const platform = Math.ceil(1600 / remaining);
    await expect.poll(() => barText(panel, '今日')).toBe(`0 / ${platform.toLocaleString('zh-CN')}`);
    await logNoAnswer(panel, '开始通话', '保存通话');
    await expect.poll(() => barText(panel, '今日')).toBe(`1 / ${platform.toLocaleString('zh-CN')}`);
    expect(await barText(panel, '本月')).toBe('1 / 1,600');
    await panel.screenshot({ path: `${SHOTS}/panel-target-bars-zh.png` });
    const dashboard = await harness.openExtensionPage('dashboard.html#history');
    await dashboard.getByText(/拨打量：本月 1 \/ 1,600/).waitFor();
    await dashboard.screenshot({ path: `${SHOTS}/dashboard-history-zh.png`, fullPage: true });
  });
});
