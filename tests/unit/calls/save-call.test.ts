import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_OUTCOMES } from '../../../lib/calls/default-outcomes';
import { loadDraft, patchDraft } from '../../../lib/calls/draft';
import { claimDraftSlot, FIRST_DRAFT_ID } from '../../../lib/calls/draft-slot';
import { syncFollowUpAlarms } from '../../../lib/calls/follow-up-alarms';
import { completeFollowUp, listDueFollowUps, snoozeFollowUp } from '../../../lib/calls/follow-ups';
import { listOutcomes, saveOutcome, seedDefaultOutcomes } from '../../../lib/calls/outcomes';
import { dayTotals } from '../../../lib/calls/rollups';
import { saveDraftAsCall } from '../../../lib/calls/save-call';
import { isOnDnc } from '../../../lib/compliance/dnc';
import { freshDatabase } from '../../helpers/db';

const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const options = (now: number) => ({ outcomes: DEFAULT_OUTCOMES, effectiveSeconds: 30, now });

describe('saving the current call', () => {
  it('stores call, rollup and empties the draft; the effective threshold comes from the profile', async () => {
    const db = freshDatabase();
    await patchDraft('d', { startedAt: T0, outcomeId: 'not-interested', notes: 'call after 6', rebuttalsUsed: ['r1'] }, db, T0);
    const result = await saveDraftAsCall('d', options(T0 + 45_000), db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      durationSec: 45,
      flags: { connected: 1, effective: 1 },
      notes: 'call after 6',
      rebuttalsUsed: ['r1'],
    });
    expect(await db.drafts.get('d')).toBeUndefined();
    expect(await dayTotals(result.value.day, db)).toMatchObject({ dials: 1, connects: 1, effective: 1, talkSeconds: 45 });

    await patchDraft('d', { startedAt: T0, outcomeId: 'not-interested' }, db, T0);
    const short = await saveDraftAsCall('d', { ...options(T0 + 20_000), effectiveSeconds: 60 }, db);
    expect(short.ok && short.value.flags.effective).toBe(0);
  });

  it('refuses a connected call while required checklist items are pending, and names them', async () => {
    const db = freshDatabase();
    await patchDraft(
      'd',
      { startedAt: T0, outcomeId: 'deal', amount: 100, requiredPending: ['Recording notice', 'Opt-out offered'] },
      db,
      T0,
    );
    const result = await saveDraftAsCall('d', options(T0 + 1000), db);
    expect(result).toEqual({ ok: false, error: { code: 'required-pending', params: { items: 'Recording notice, Opt-out offered' } } });
    expect(await db.calls.count()).toBe(0);
    expect((await loadDraft('d', db)).outcomeId).toBe('deal');
    // Not connected: the checklist does not apply.
    await patchDraft('d', { outcomeId: 'no-answer' }, db, T0);
    expect((await saveDraftAsCall('d', options(T0 + 1000), db)).ok).toBe(true);
  });

  it('adds the number to the do-not-call list and keeps the guard overrides', async () => {
    const db = freshDatabase();
    const override = { rule: 'calling-window', reason: 'customer asked for a late call', at: T0 };
    await patchDraft('d', { startedAt: T0, outcomeId: 'do-not-call', phoneE164: '+8613800138000', overrides: [override] }, db, T0);
    const result = await saveDraftAsCall('d', options(T0 + 5000), db);
    expect(result.ok && result.value.overrides).toEqual([override]);
    expect(await isOnDnc('+8613800138000', db)).toBe(true);
  });

  it("writes the do-not-call entry in the call's own transaction: if it fails, nothing is saved and Save can be pressed again", async () => {
    const db = freshDatabase();
    await patchDraft('d', { startedAt: T0, outcomeId: 'do-not-call', phoneE164: '+8613800138000' }, db, T0);
    const failDncWrite = () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    };
    db.dncBuckets.hook('creating', failDncWrite);
    await expect(saveDraftAsCall('d', options(T0 + 5000), db)).rejects.toThrow();
    expect(await db.calls.count()).toBe(0);
    expect((await dayTotals('2026-11-26', db)).dials).toBe(0);
    expect((await loadDraft('d', db)).outcomeId).toBe('do-not-call');
    db.dncBuckets.hook('creating').unsubscribe(failDncWrite);
    const retried = await saveDraftAsCall('d', options(T0 + 6000), db);
    expect(retried.ok).toBe(true);
    expect(await isOnDnc('+8613800138000', db)).toBe(true);
    expect((await dayTotals('2026-11-26', db)).dials).toBe(1);
  });

  it('schedules, snoozes and completes follow-ups with alarms named by call id', async () => {
    const db = freshDatabase();
    const due = T0 + 3600_000;
    await patchDraft('d', { startedAt: T0, outcomeId: 'call-back', followUpAt: due }, db, T0);
    const result = await saveDraftAsCall('d', options(T0 + 1000), db);
    if (!result.ok) throw new Error('not saved');
    const name = `follow-up:${result.value.id}`;
    expect((await fakeBrowser.alarms.get(name))?.scheduledTime).toBe(due);
    expect((await listDueFollowUps(T0, db)).map((call) => call.id)).toEqual([result.value.id]);

    await snoozeFollowUp(result.value.id, due, undefined, db);
    expect((await fakeBrowser.alarms.get(name))?.scheduledTime).toBe(due + 3600_000);
    await completeFollowUp(result.value.id, due, db);
    expect(await fakeBrowser.alarms.get(name)).toBeUndefined();
    expect(await listDueFollowUps(T0, db)).toEqual([]);
    expect((await dayTotals(result.value.day, db)).connects).toBe(1);
  });

  it('re-creates missing alarms for future follow-ups only', async () => {
    const db = freshDatabase();
    await patchDraft('d', { startedAt: T0, outcomeId: 'call-back', followUpAt: T0 + 10_000_000 }, db, T0);
    await saveDraftAsCall('d', options(T0), db);
    await fakeBrowser.alarms.clearAll();
    expect(await syncFollowUpAlarms(db, T0)).toBe(1);
    expect(await syncFollowUpAlarms(db, T0)).toBe(0);
    expect(await syncFollowUpAlarms(db, T0 + 20_000_000)).toBe(0);
  });
});

describe('outcomes', () => {
  it('seeds the defaults in both languages once, with funnel flags', async () => {
    const db = freshDatabase();
    await seedDefaultOutcomes(db);
    await seedDefaultOutcomes(db);
    const outcomes = await listOutcomes(db);
    expect(outcomes.map((outcome) => outcome.label.en)).toEqual([
      'No answer',
      'Busy',
      'Invalid number',
      'Not interested',
      'Call back',
      'Quoted',
      'Deal',
      'Do not call',
    ]);
    expect(outcomes.every((outcome) => outcome.label['zh-CN'].length > 0 && outcome.flags.dialed === 1)).toBe(true);
    expect(outcomes.find((outcome) => outcome.id === 'deal')?.flags).toMatchObject({ connected: 1, quoted: 1, deal: 1 });
  });

  it('refuses a hotkey another outcome already uses', async () => {
    const db = freshDatabase();
    await seedDefaultOutcomes(db);
    const busy = (await listOutcomes(db)).find((outcome) => outcome.id === 'busy')!;
    await expect(saveOutcome({ ...busy, hotkey: '1' }, db)).rejects.toThrow(/No answer/);
    await expect(saveOutcome({ ...busy, hotkey: 'b' }, db)).resolves.toMatchObject({ hotkey: 'b' });
  });
});

describe('draft slots', () => {
  it('gives each open panel its own draft and the first free one to a reopened panel', async () => {
    const held = new Set<string>();
    const releases: (() => void)[] = [];
    const locks = {
      async request(name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => unknown) {
        if (held.has(name)) return callback(null);
        held.add(name);
        const hold = callback({ name }) as Promise<unknown>;
        releases.push(() => held.delete(name));
        return hold;
      },
    };
    expect(await claimDraftSlot(locks)).toBe(FIRST_DRAFT_ID);
    expect(await claimDraftSlot(locks)).toBe('current-call-2');
    releases[0]?.();
    expect(await claimDraftSlot(locks)).toBe(FIRST_DRAFT_ID);
    expect(await claimDraftSlot(undefined)).toBe(FIRST_DRAFT_ID);
  });
});
