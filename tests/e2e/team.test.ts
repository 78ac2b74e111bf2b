// Team exchange end to end in Chromium, on the pre-authorised build: two reps,
// each in their own browser profile, log calls and export a summary; the
// lead's profile imports both plus a broken file; the leaderboard shows both
// reps with the totals each rep's own panel showed, and the broken file's
// message names the problem. Time is pinned: the time zone through TZ
// (Chromium takes it from its environment) and the clock through Playwright.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';

const SHOTS = 'docs/screenshots';
mkdirSync(SHOTS, { recursive: true });
// Monday 2 November 2026, 10:00 in New York: inside calling hours.
const PINNED = '2026-11-02T10:00:00-05:00';

/** Start call, an outcome key, Enter: calls that need no checklist. */
async function logCall(panel: Page, key: string): Promise<void> {
  const start = panel.getByRole('button', { name: 'Start call' });
  await start.click();
  const save = panel.getByRole('button', { name: 'Save call' });
  await save.waitFor();
  await panel.keyboard.press(key);
  await save.click();
  await start.waitFor();
}

/** The panel's own Today numbers, as the rep sees them. */
async function panelToday(panel: Page): Promise<{ dials: string; connects: string }> {
  const today = panel.getByRole('region', { name: 'Today' });
  const value = async (label: string) =>
    (
      await today
        .locator('div', { has: panel.locator('dt', { hasText: label }) })
        .locator('dd')
        .first()
        .textContent()
    )?.trim() ?? '';
  return { dials: await value('Dials'), connects: await value('Connects') };
}

/** One rep's day: log calls in the panel, read the panel's numbers, export the month's summary from the dashboard. */
async function repExports(name: string, calls: string[], folder: string, shot?: string) {
  const harness = await launchExtension();
  try {
    await harness.context.clock.install({ time: new Date(PINNED) });
    const panel = await harness.openPanel({ name, language: 'en', industry: 'home-renovation' });
    for (const key of calls) await logCall(panel, key);
    await expect.poll(async () => (await panelToday(panel)).dials).toBe(String(calls.length));
    const own = await panelToday(panel);

    const dashboard = await harness.openExtensionPage('dashboard.html#summary');
    const preview = dashboard.getByRole('table', { name: 'Days' });
    await preview.getByRole('rowheader', { name: '2026-11-02' }).waitFor();
    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Export summary' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`callside-summary_${name.replace(' ', '-')}_2026-11_2026-11-02.json`);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    await dashboard.getByText(`Saved ${file.suggestedFilename()}.`).waitFor();
    if (shot) await dashboard.screenshot({ path: `${SHOTS}/${shot}`, fullPage: true });
    return { path, own };
  } finally {
    await harness.close();
  }
}

describe('team exchange in Chromium (en)', () => {
  let folder: string;
  const previousTz = process.env.TZ;
  let lead: Harness | undefined;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
    folder = mkdtempSync(join(tmpdir(), 'callside-team-'));
  });
  afterAll(async () => {
    await lead?.close();
    rmSync(folder, { recursive: true, force: true });
    process.env.TZ = previousTz;
  });

  it('two reps export, the lead imports both plus a broken file, the leaderboard equals each rep’s panel', async () => {
    // Key 1 = no answer, 2 = busy: dials without a connected call's checklist.
    const ada = await repExports('Ada Park', ['1', '1', '2'], folder, 'dashboard-summary-export.png');
    const ben = await repExports('Ben Okafor', ['1', '2', '1', '1', '2'], folder);
    const exported = JSON.parse(readFileSync(ada.path, 'utf8'));
    expect(exported).toMatchObject({ format: 'callside.summary', version: 1, totals: { dials: 3 } });
    // A broken file: Ada's export with one number changed after it was hashed.
    const broken = join(folder, 'edited.json');
    writeFileSync(
      broken,
      JSON.stringify({
        ...exported,
        totals: { ...exported.totals, dials: 30 },
        days: exported.days.map((day: object) => ({ ...day, dials: 30 })),
      }),
    );

    lead = await launchExtension();
    await lead.context.clock.install({ time: new Date('2026-11-02T18:30:00-05:00') });
    const panel = await lead.openPanel({ name: 'Lee Lead', language: 'en', industry: 'home-renovation' });
    await panel.close();
    const dashboard = await lead.openExtensionPage('dashboard.html#team');
    await dashboard.getByLabel('Import summaries', { exact: true }).setInputFiles([ada.path, ben.path, broken]);
    await dashboard.getByText('2 imported, 0 replaced, 0 unchanged, 1 rejected.').waitFor();
    const results = dashboard.getByRole('table', { name: 'Import results' });
    const brokenRow = results.getByRole('row', { name: /edited\.json/ });
    await expect.poll(() => brokenRow.textContent()).toContain('Rejected');
    expect(await brokenRow.textContent()).toContain('the content hash does not match');

    const leaderboard = dashboard.getByRole('table', { name: 'Leaderboard' });
    const dialsColumn = async (rep: string) => {
      const headers = await leaderboard.locator('thead th').allTextContents();
      const index = headers.findIndex((text) => text.trim().startsWith('Dials'));
      return (
        await leaderboard
          .getByRole('row', { name: new RegExp(rep) })
          .locator('th, td')
          .nth(index)
          .textContent()
      )?.trim();
    };
    expect(await dialsColumn('Ada Park')).toBe(ada.own.dials);
    expect(await dialsColumn('Ben Okafor')).toBe(ben.own.dials);
    // Team totals: 3 + 5 dials.
    const teamRow = leaderboard.locator('tfoot tr');
    expect(await teamRow.textContent()).toContain(String(Number(ada.own.dials) + Number(ben.own.dials)));
    await dashboard.screenshot({ path: `${SHOTS}/dashboard-team-view.png`, fullPage: true });

    // Re-importing the same files changes nothing.
    await dashboard.getByLabel('Import summaries', { exact: true }).setInputFiles([ada.path, ben.path]);
    await dashboard.getByText('0 imported, 0 replaced, 2 unchanged, 0 rejected.').waitFor();
    expect(await dialsColumn('Ada Park')).toBe(ada.own.dials);

    // One rep's details: funnel, weakest lever, tenure stage, trend with its table.
    await dashboard.getByRole('button', { name: 'Details for Ben Okafor' }).click();
    await dashboard.getByRole('heading', { name: 'Ben Okafor' }).waitFor();
    await dashboard.getByRole('region', { name: 'Customer funnel' }).waitFor();
    await dashboard.locator('canvas[data-chart="Daily trend"]').waitFor();
    await dashboard.screenshot({ path: `${SHOTS}/dashboard-team-rep.png`, fullPage: true });
    await lead.close();
    lead = undefined;

    // A Chinese-speaking lead in the dark theme imports the same files.
    lead = await launchExtension({ locale: 'zh-CN' });
    await lead.context.clock.install({ time: new Date('2026-11-02T18:30:00-05:00') });
    const zhPanel = await lead.openPanel({ name: '李组长', language: 'zh-CN', industry: 'car-insurance' });
    await zhPanel.close();
    const zh = await lead.openExtensionPage('dashboard.html#team');
    await zh.emulateMedia({ colorScheme: 'dark' });
    await zh.getByLabel('导入汇总', { exact: true }).setInputFiles([ada.path, ben.path, broken]);
    await zh.getByText('导入 2 个，替换 0 个，未变 0 个，拒绝 1 个。').waitFor();
    expect(
      await zh
        .getByRole('table', { name: '导入结果' })
        .getByRole('row', { name: /edited\.json/ })
        .textContent(),
    ).toContain('内容哈希不匹配');
    const zhBoard = zh.getByRole('table', { name: '排行榜' });
    await zhBoard.getByRole('button', { name: '查看 Ada Park 的详情' }).waitFor();
    await zhBoard.getByRole('button', { name: '查看 Ben Okafor 的详情' }).click();
    await zh.getByRole('region', { name: '客户漏斗' }).waitFor();
    await zh.screenshot({ path: `${SHOTS}/dashboard-team-view-zh-dark.png`, fullPage: true });
  });
});
