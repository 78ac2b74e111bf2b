// Playbook end to end in Chromium, on the pre-authorised build: the lead
// exports a pack from their own settings; a rep in another browser profile
// imports it, sees what changes per area, accepts the scripts and keeps their
// own objections; the rep's next summary carries the version and the lead's
// team view shows it. Time is pinned (TZ for Chromium, Playwright's clock).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';

const SHOTS = 'docs/screenshots';
mkdirSync(SHOTS, { recursive: true });
// Tuesday 1 December 2026, 10:00 in New York: inside calling hours.
const PINNED = '2026-12-01T10:00:00-05:00';

// axe-core's browser build, evaluated in the page over the DevTools protocol (the extension's CSP forbids inline scripts).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Critical and serious axe violations of the page as it stands (rule and first target each). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return (results.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
}

/** Start call, an outcome key, optionally a follow-up in an hour, save: a dial that needs no checklist. */
async function logCall(panel: Page, key: string, { followUp = false } = {}): Promise<void> {
  const start = panel.getByRole('button', { name: 'Start call' });
  await start.click();
  const save = panel.getByRole('button', { name: 'Save call' });
  await save.waitFor();
  await panel.keyboard.press(key);
  if (followUp) {
    const preset = panel.getByRole('group', { name: 'When to call back' }).getByRole('button', { name: /^In 1 hour/ });
    await preset.click();
    await expect.poll(() => preset.getAttribute('aria-pressed')).toBe('true');
  }
  await save.click();
  await start.waitFor();
}

describe('playbook in Chromium (en)', () => {
  let folder: string;
  const previousTz = process.env.TZ;
  const open: Harness[] = [];
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
    folder = mkdtempSync(join(tmpdir(), 'callside-playbook-'));
  });
  afterAll(async () => {
    for (const harness of open) await harness.close();
    rmSync(folder, { recursive: true, force: true });
    process.env.TZ = previousTz;
  });

  it('lead exports, rep accepts the scripts and keeps their objections, the summary and team view carry the version', async () => {
    // The lead sells car insurance: their scripts and objections differ from the rep's home-renovation defaults.
    const lead = await launchExtension();
    open.push(lead);
    await lead.context.clock.install({ time: new Date(PINNED) });
    await (await lead.openPanel({ name: 'Lee Lead', language: 'en', industry: 'car-insurance' })).close();
    const leadDashboard = await lead.openExtensionPage('dashboard.html#playbook');
    await leadDashboard.getByText('This export will be version 1.').waitFor();
    await leadDashboard.getByLabel('What changed in this version').fill('Team scripts for December');
    await leadDashboard.getByLabel('Month target for every rep (2026-12)').fill('20');
    const download = leadDashboard.waitForEvent('download');
    await leadDashboard.getByRole('button', { name: 'Export playbook' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('callside-playbook_v1_2026-12-01.json');
    const packPath = join(folder, file.suggestedFilename());
    await file.saveAs(packPath);
    const pack = JSON.parse(readFileSync(packPath, 'utf8'));
    expect(pack).toMatchObject({ format: 'callside.playbook', version: 1, playbookVersion: 1 });

    // The rep imports it.
    const rep = await launchExtension();
    open.push(rep);
    await rep.context.clock.install({ time: new Date(PINNED) });
    const panel = await rep.openPanel({ name: 'Ada Park', language: 'en', industry: 'home-renovation' });
    // A no-answer dial with a call back in an hour (11:00): a follow-up set today and due today.
    await logCall(panel, '1', { followUp: true });
    // The rep words one objection their own way in Settings → Objections.
    const options = await rep.openExtensionPage('options.html#objections');
    const firstEdit = options.getByRole('button', { name: /^Edit / }).first();
    await firstEdit.click();
    const title = options.getByLabel('Objection', { exact: true });
    await title.fill('My own wording of the price objection');
    await options.getByRole('button', { name: 'Save objection' }).click();
    await options.getByText('Objection saved.').waitFor();
    const repDashboard = await rep.openExtensionPage('dashboard.html#playbook');
    await repDashboard.getByText('No playbook accepted yet.').waitFor();
    const ownObjections = await repDashboard.evaluate(async () => {
      const request = indexedDB.open('callside');
      const db: IDBDatabase = await new Promise((resolve) => {
        request.onsuccess = () => resolve(request.result);
      });
      const rows: { id: string; title: string }[] = await new Promise((resolve) => {
        const all = db.transaction('objections').objectStore('objections').getAll();
        all.onsuccess = () => resolve(all.result);
      });
      db.close();
      return rows.map((row) => `${row.id}|${row.title}`).sort();
    });
    await repDashboard.getByLabel('Import playbook').setInputFiles(packPath);
    const scripts = repDashboard.getByRole('region', { name: /^Scripts/ });
    await scripts.waitFor();
    const objections = repDashboard.getByRole('region', { name: /^Objections/ });
    expect(await objections.textContent()).not.toContain('No changes.');
    expect(await scripts.textContent()).toContain('Added');
    expect(await objections.textContent()).toContain('My own wording of the price objection');
    await repDashboard.screenshot({ path: `${SHOTS}/dashboard-playbook-import-diff.png`, fullPage: true });
    await repDashboard.getByRole('checkbox', { name: 'Accept Scripts' }).check();
    // The proposed target: the rep answers with their own number and sees what it takes.
    const targetsArea = repDashboard.getByRole('region', { name: /^Targets/ });
    const deals = targetsArea.getByRole('group', { name: '2026-12, Deals: proposed 20 (stretch 24)' });
    await deals.getByRole('radio', { name: 'Propose my own' }).check();
    await deals.getByRole('textbox', { name: 'My number for 2026-12, Deals' }).fill('15');
    await deals.getByText(/^What 15 takes over \d+ working days: .*15 deals → .* dials \(\d+ dials a working day\)$/).waitFor();
    await targetsArea.screenshot({ path: `${SHOTS}/dashboard-playbook-target-answer.png` });
    expect(await seriousViolations(repDashboard)).toEqual([]);
    await repDashboard.getByRole('button', { name: 'Apply accepted areas' }).click();
    await repDashboard.getByText('Playbook v1 accepted on 2026-12-01: Scripts, Targets.').waitFor();
    await repDashboard.getByText('Your last answer (playbook v1, 2026-12-01): 2026-12 Deals your own 15 (proposed 20).').waitFor();
    await repDashboard.getByText('You run playbook v1, accepted on 2026-12-01.').waitFor();
    // Importing the same pack again: the scripts now match; the objections are still the rep's own.
    await repDashboard.getByLabel('Import playbook').setInputFiles(packPath);
    await expect
      .poll(async () => (await repDashboard.getByRole('region', { name: /^Scripts/ }).textContent()) ?? '')
      .toContain('No changes.');
    expect(await repDashboard.getByRole('region', { name: /^Objections/ }).textContent()).not.toContain('No changes.');
    const objectionsAfter = await repDashboard.evaluate(async () => {
      const request = indexedDB.open('callside');
      const db: IDBDatabase = await new Promise((resolve) => {
        request.onsuccess = () => resolve(request.result);
      });
      const rows: { id: string; title: string }[] = await new Promise((resolve) => {
        const all = db.transaction('objections').objectStore('objections').getAll();
        all.onsuccess = () => resolve(all.result);
      });
      db.close();
      return rows.map((row) => `${row.id}|${row.title}`).sort();
    });
    expect(objectionsAfter).toEqual(ownObjections);
    expect(objectionsAfter.some((row) => row.endsWith('|My own wording of the price objection'))).toBe(true);

    // The rep's next summary carries the version.
    const summaryPage = await rep.openExtensionPage('dashboard.html#summary');
    await summaryPage.getByRole('table', { name: 'Days' }).getByRole('rowheader', { name: '2026-12-01' }).waitFor();
    const summaryDownload = summaryPage.waitForEvent('download');
    await summaryPage.getByRole('button', { name: 'Export summary' }).click();
    const summaryFile = await summaryDownload;
    const summaryPath = join(folder, summaryFile.suggestedFilename());
    await summaryFile.saveAs(summaryPath);
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
    expect(summary.playbook.version).toBe(1);
    expect(summary.playbook.acceptedAt).toBeGreaterThanOrEqual(new Date(PINNED).getTime());
    // The answer travels with it, and the day's follow-ups as counts only.
    expect(summary.targetAnswers).toMatchObject({
      playbookVersion: 1,
      targets: [{ periodKey: '2026-12', kpi: 'deals', proposed: 20, answer: 'own', agreed: 15, reversePlan: { deals: 15 } }],
    });
    expect(summary.days).toEqual([expect.objectContaining({ day: '2026-12-01', dials: 1, followUpsSet: 1, followUpsDue: 1 })]);

    // The lead's team view shows who runs which version.
    const team = await lead.openExtensionPage('dashboard.html#team');
    await team.getByLabel('Import summaries', { exact: true }).setInputFiles([summaryPath]);
    await team.getByText('1 imported, 0 replaced, 0 unchanged, 0 rejected.').waitFor();
    const leaderboard = team.getByRole('table', { name: 'Leaderboard' });
    const headers = await leaderboard.locator('thead th').allTextContents();
    const column = headers.findIndex((text) => text.trim().startsWith('Playbook'));
    expect(column).toBeGreaterThan(-1);
    const cell = await leaderboard
      .getByRole('row', { name: /Ada Park/ })
      .locator('th, td')
      .nth(column)
      .textContent();
    expect(cell?.trim()).toBe('v1');
    // Proposed beside agreed, with the rep's reverse plan behind their own number.
    const agreement = team.getByRole('table', { name: 'Targets: proposed and agreed' });
    const answerCells = await agreement
      .getByRole('row', { name: /Ada Park/ })
      .getByRole('cell')
      .allTextContents();
    expect(answerCells.slice(0, 4)).toEqual(['2026-12 · Deals', '20', 'Own number (v1)', '15']);
    expect(answerCells[4]).toMatch(/ 15 deals → .* dials \(\d+ dials a working day\), over \d+ working days$/);
    await agreement.scrollIntoViewIfNeeded();
    await team.screenshot({ path: `${SHOTS}/dashboard-team-targets-agreed.png`, fullPage: true });
    expect(await seriousViolations(team)).toEqual([]);

    // The lead's evening brief of the day, from the imported summary.
    const briefPage = await lead.openExtensionPage('dashboard.html#brief');
    const brief = briefPage.getByRole('region', { name: 'Meeting brief' });
    await brief.getByText('Morning meeting · 2026-12-01').waitFor();
    await brief.getByText('Follow-ups due today').waitFor();
    expect(await brief.textContent()).toContain('Team: 1 follow-up');
    expect(await brief.textContent()).toContain('Ada Park: 1 follow-up');
    await briefPage.screenshot({ path: `${SHOTS}/dashboard-meeting-brief-morning.png`, fullPage: true });
    expect(await seriousViolations(briefPage)).toEqual([]);
    await brief.getByRole('combobox').selectOption('evening');
    await brief.getByText('Evening review · 2026-12-01').waitFor();
    expect(await brief.textContent()).toContain('1 dial, 0 connects, 0 deals, 0 revenue');
    expect(await brief.textContent()).toContain('Follow-ups set today');
    expect(await brief.textContent()).toContain('Tomorrow’s platform');
    await briefPage.screenshot({ path: `${SHOTS}/dashboard-meeting-brief.png`, fullPage: true });
  });
  it('在中文界面里，销售对建议目标提出自己的数字（zh-CN: the rep answers a proposed target with their own number）', async () => {
    const lead = await launchExtension();
    open.push(lead);
    await lead.context.clock.install({ time: new Date(PINNED) });
    await (await lead.openPanel({ name: '李组长', language: 'zh-CN', industry: 'car-insurance' })).close();
    const leadDashboard = await lead.openExtensionPage('dashboard.html#playbook');
    await leadDashboard.getByLabel('每位销售的月目标（2026-12）').fill('30');
    const download = leadDashboard.waitForEvent('download');
    await leadDashboard.getByRole('button', { name: '导出作战手册' }).click();
    const packPath = join(folder, `zh-${(await download).suggestedFilename()}`);
    await (await download).saveAs(packPath);

    const rep = await launchExtension();
    open.push(rep);
    await rep.context.clock.install({ time: new Date(PINNED) });
    await (await rep.openPanel({ name: '王小红', language: 'zh-CN', industry: 'car-insurance' })).close();
    const repDashboard = await rep.openExtensionPage('dashboard.html#playbook');
    await repDashboard.getByLabel('导入作战手册').setInputFiles(packPath);
    const deals = repDashboard.getByRole('group', { name: /^2026-12，成交：建议 30/ });
    await deals.getByRole('radio', { name: '提出我的数字' }).check();
    await deals.getByRole('textbox', { name: '我对 2026-12 成交 的数字' }).fill('25');
    await deals.getByText(/^25 在 \d+ 个工作日内需要：.*成交 25 → .*每个工作日拨打 \d+）$/).waitFor();
    await repDashboard.getByRole('region', { name: /^目标/ }).screenshot({ path: `${SHOTS}/dashboard-playbook-target-answer-zh.png` });
    // The theme follows the system: the same form in dark.
    await repDashboard.emulateMedia({ colorScheme: 'dark' });
    await repDashboard.getByRole('region', { name: /^目标/ }).screenshot({ path: `${SHOTS}/dashboard-playbook-target-answer-zh-dark.png` });
    expect(await seriousViolations(repDashboard)).toEqual([]);
    await repDashboard.emulateMedia({ colorScheme: 'light' });
    await repDashboard.getByRole('button', { name: '应用已接受的部分' }).click();
    await repDashboard.getByText(/^你上次的回复（作战手册 v1，2026-12-01）：2026-12 成交 自定 25（建议 30）。$/).waitFor();
  });
});
