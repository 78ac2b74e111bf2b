import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from '../harness';

type Dump = Record<string, unknown[]>;

/** Every store of the extension's database, read with the raw IndexedDB API (no app code involved). */
function dumpDatabase(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('callside');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return out;
  });
}

/** A new machine: every store emptied. */
function clearDatabase(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('callside');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Array.from(db.objectStoreNames), 'readwrite');
    for (const name of Array.from(db.objectStoreNames)) tx.objectStore(name).clear();
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  });
}

interface StoredCall {
  day: string;
  outcomeId: string;
  amount: number;
  durationSec: number;
  flags: { dialed: number; connected: number; quoted: number; deal: number };
}

function recount(calls: StoredCall[], day: string) {
  const today = calls.filter((call) => call.day === day);
  const sum = (pick: (call: StoredCall) => number) => today.reduce((total, call) => total + pick(call), 0);
  return {
    dials: sum((call) => call.flags.dialed),
    connects: sum((call) => call.flags.connected),
    quotes: sum((call) => call.flags.quoted),
    deals: sum((call) => call.flags.deal),
    revenue: sum((call) => (call.flags.deal ? call.amount : 0)),
    talkSeconds: sum((call) => call.durationSec),
  };
}

async function todayNumbers(panel: Page): Promise<Record<string, string>> {
  const region = panel.getByRole('region', { name: 'Today' });
  await region
    .locator('[aria-busy="false"]')
    .or(region.and(panel.locator('[aria-busy="false"]')))
    .first()
    .waitFor();
  return region.evaluate((element) =>
    Object.fromEntries(
      Array.from(element.querySelectorAll('dt')).map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']),
    ),
  );
}

/** Enter on the focused "Start call"; if the pre-dial guard objects (e.g. a late-night run), answer it with the keyboard too. */
async function startCallWithKeyboard(panel: Page): Promise<void> {
  const start = panel.getByRole('button', { name: 'Start call' });
  await expect.poll(() => start.evaluate((element) => element === document.activeElement)).toBe(true);
  await panel.keyboard.press('Enter');
  const save = panel.getByRole('button', { name: 'Save call' });
  const guard = panel.getByRole('alert', { name: 'Before you dial' });
  await save.or(guard).first().waitFor();
  if (await guard.isVisible()) {
    const reason = guard.getByRole('textbox', { name: 'Reason' });
    const go = guard.getByRole('button', { name: 'Call anyway' });
    const focusTarget = (await reason.isVisible()) ? reason : go;
    await expect.poll(() => focusTarget.evaluate((element) => element === document.activeElement)).toBe(true);
    if (focusTarget === reason) await panel.keyboard.type('e2e run outside calling hours');
    await panel.keyboard.press('Enter');
    try {
      await save.waitFor({ timeout: 10_000 });
    } catch (error) {
      await panel.screenshot({ path: '/tmp/calls-e2e-guard-failure.png' });
      throw error;
    }
  }
}

/** Which control has focus: a required-checklist box, the amount field, Save call, or something else. */
const focusedControl = (panel: Page) =>
  panel.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (element?.type === 'checkbox') return `checkbox:${element.dataset.item}`;
    if (element?.type === 'number') return 'amount';
    // "Call back" asks for the follow-up time: a preset button has focus.
    if (element?.dataset.preset) return 'follow-up-preset';
    return element?.textContent === 'Save call' ? 'save' : 'other';
  });

/** A control where the keyboard flow of a call can go on from: not a checklist box, not on the way between two. */
const SETTLED = ['follow-up-preset', 'amount', 'save'];

/**
 * Starts a call and answers it with the keyboard up to a focused "Save call":
 * outcome key, Space on each required box, the first follow-up preset, the
 * amount. Every step waits for the focus it needs (never for a time), so a
 * slow or busy machine only makes it slower.
 */
async function prepareCallWithKeyboard(panel: Page, key: string, amount?: string): Promise<void> {
  await startCallWithKeyboard(panel);
  // The script's required checklist has joined the call before the rep picks a connected outcome.
  await panel.getByRole('group', { name: 'Required before saving a connected call' }).waitFor();
  await panel.keyboard.press(key);
  // A connected outcome walks focus through the required checklist: Space ticks each box.
  await expect.poll(() => focusedControl(panel)).not.toBe('other');
  for (let focused = await focusedControl(panel); focused.startsWith('checkbox:'); focused = await focusedControl(panel)) {
    await panel.keyboard.press(' ');
    // Wait until focus has moved on from the box just ticked.
    await expect.poll(() => focusedControl(panel)).not.toBe(focused);
  }
  // Focus may pass through the page on its way from the last box: wait for where it lands.
  await expect.poll(() => focusedControl(panel)).toSatisfy((control: string) => SETTLED.includes(control));
  // The first preset ("In 1 hour") answers the call-back question; focus then moves on.
  if ((await focusedControl(panel)) === 'follow-up-preset') {
    await panel.keyboard.press('Enter');
    await expect.poll(() => focusedControl(panel)).toSatisfy((control: string) => control === 'amount' || control === 'save');
  }
  if (amount) {
    const field = panel.getByRole('spinbutton', { name: 'Amount' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await panel.keyboard.type(amount);
  } else {
    const save = panel.getByRole('button', { name: 'Save call' });
    await expect.poll(() => save.evaluate((element) => element === document.activeElement)).toBe(true);
  }
}

/** Enter saves the prepared call; the panel is ready for the next one when "Start call" is back. */
async function saveWithKeyboard(panel: Page): Promise<void> {
  await panel.keyboard.press('Enter');
  await panel.getByRole('button', { name: 'Start call' }).waitFor();
}

async function logCallWithKeyboard(panel: Page, key: string, amount?: string): Promise<void> {
  await prepareCallWithKeyboard(panel, key, amount);
  await saveWithKeyboard(panel);
}

describe('call log in Chromium', () => {
  let harness: Harness;
  let panel: Page;
  beforeAll(async () => {
    harness = await launchExtension();
    panel = await harness.openPanel({ name: 'Alex Chen', language: 'en' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('logs 10 calls of mixed outcomes with the keyboard alone, and Today matches the calls', async () => {
    const plan: [string, string?][] = [['1'], ['2'], ['3'], ['4'], ['5'], ['6', '800'], ['7', '1500'], ['1'], ['4'], ['6', '300']];
    for (const [key, amount] of plan) await logCallWithKeyboard(panel, key, amount);
    const calls = (await dumpDatabase(panel)).calls as StoredCall[];
    expect(calls).toHaveLength(10);
    expect(calls.map((call) => call.outcomeId).sort()).toEqual(
      [
        'no-answer',
        'busy',
        'invalid-number',
        'not-interested',
        'call-back',
        'quoted',
        'deal',
        'no-answer',
        'not-interested',
        'quoted',
      ].sort(),
    );
    const day = calls[0]?.day ?? '';
    const expected = recount(calls, day);
    expect(expected).toMatchObject({ dials: 10, connects: 6, quotes: 3, deals: 1, revenue: 1500 });
    await expect.poll(async () => (await todayNumbers(panel)).Dials).toBe('10');
    const shown = await todayNumbers(panel);
    expect(shown).toMatchObject({
      Dials: String(expected.dials),
      Connects: String(expected.connects),
      Quotes: String(expected.quotes),
      Deals: String(expected.deals),
      // A car-insurance rep's revenue is premium (the label follows the industry).
      Premium: '1,500',
    });
    const rollups = (await dumpDatabase(panel)).rollups as (ReturnType<typeof recount> & { day: string })[];
    expect(rollups.find((rollup) => rollup.day === day)).toMatchObject(expected);
  });

  it('shows the unfinished call again when the panel is closed mid-call and reopened', async () => {
    await startCallWithKeyboard(panel);
    await panel.getByRole('textbox', { name: 'Notes' }).fill('wants a quote for full cover');
    await expect.poll(async () => JSON.stringify((await dumpDatabase(panel)).drafts)).toContain('wants a quote for full cover');
    await panel.close();
    panel = await harness.openExtensionPage('sidepanel.html');
    await expect(panel.getByRole('textbox', { name: 'Notes' }).inputValue()).resolves.toBe('wants a quote for full cover');
    await expect(panel.getByRole('timer', { name: 'Call time' }).isVisible()).resolves.toBe(true);
    await panel.keyboard.press('2');
    await panel.getByRole('button', { name: 'Save call' }).click();
    await panel.getByRole('button', { name: 'Start call' }).waitFor();
    expect((await dumpDatabase(panel)).calls).toHaveLength(11);
  });

  it('loses nothing when two panels log at the same time', async () => {
    const second = await harness.openExtensionPage('sidepanel.html');
    await second.getByRole('button', { name: 'Start call' }).waitFor();
    const before = (await dumpDatabase(panel)).calls as (StoredCall & { id: string })[];
    const keys = ['1', '4', '2', '5', '1'];
    const outcomeOfKey: Record<string, string> = { '1': 'no-answer', '2': 'busy', '4': 'not-interested', '5': 'call-back' };
    for (const key of keys) {
      // Both panels get their call ready, then both press Enter at once: the saves overlap however fast the machine is.
      await Promise.all([prepareCallWithKeyboard(panel, key), prepareCallWithKeyboard(second, key)]);
      await Promise.all([saveWithKeyboard(panel), saveWithKeyboard(second)]);
    }
    const dump = await dumpDatabase(panel);
    const calls = dump.calls as (StoredCall & { id: string })[];
    const known = new Set(before.map((call) => call.id));
    const added = calls.filter((call) => !known.has(call.id));
    // Every call of both panels is stored once, with its own outcome, and nothing stored before is gone.
    expect(calls).toHaveLength(before.length + 2 * keys.length);
    expect(added.map((call) => call.outcomeId).sort()).toEqual(keys.flatMap((key) => [outcomeOfKey[key], outcomeOfKey[key]]).sort());
    expect(new Set(added.map((call) => call.id)).size).toBe(2 * keys.length);
    for (const rollup of dump.rollups as (ReturnType<typeof recount> & { day: string })[])
      expect(rollup).toMatchObject(recount(calls, rollup.day));
    // Both panels show the same Today, counted from every call of the day.
    const day = added[0]?.day ?? '';
    for (const page of [panel, second])
      await expect.poll(async () => (await todayNumbers(page)).Dials).toBe(String(recount(calls, day).dials));
    await second.close();
  });

  it('backs up, clears and restores to identical data; a truncated backup is rejected and changes nothing', async () => {
    const dashboard = await harness.openExtensionPage('dashboard.html#backup');
    await dashboard.getByText(/holds personal data/).waitFor();
    const before = await dumpDatabase(dashboard);
    const downloading = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Save backup' }).click();
    const download = await downloading;
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'callside.backup', version: 1 });

    await clearDatabase(dashboard);
    expect((await dumpDatabase(dashboard)).calls).toHaveLength(0);
    const input = dashboard.getByLabel('Backup file');
    await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await dashboard.getByText(/This backup from .* holds:/).waitFor();
    await dashboard.getByRole('button', { name: 'Restore' }).click();
    await dashboard.getByText('Restored 21 calls.').waitFor();
    expect(await dumpDatabase(dashboard)).toEqual(before);

    await input.setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))),
    });
    const alert = dashboard.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/cannot be restored and nothing was changed.*cut short/);
    await expect(dashboard.getByRole('button', { name: 'Restore' }).count()).resolves.toBe(0);
    expect(await dumpDatabase(dashboard)).toEqual(before);
    await dashboard.close();
  });
});
