import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../../../lib/calls/amount';
import { addCall, deleteCall, updateCall } from '../../../lib/calls/call-log';
import { DEFAULT_OUTCOMES } from '../../../lib/calls/default-outcomes';
import { patchDraft } from '../../../lib/calls/draft';
import { applyCall, dayTotals, emptyTotals } from '../../../lib/calls/rollups';
import { saveDraftAsCall } from '../../../lib/calls/save-call';
import { callRecordSchema, MAX_AMOUNT } from '../../../lib/db/records';
import { createBackup, readBackup } from '../../../lib/formats/backup';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from './call-factory';

const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const DEAL = { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } as const;
const options = (now: number) => ({ outcomes: DEFAULT_OUTCOMES, effectiveSeconds: 30, now });

describe('amounts are finite and at most MAX_AMOUNT', () => {
  it('refuses to save a Deal of 1e308 from the draft, storing nothing and keeping the draft', async () => {
    const db = freshDatabase();
    await patchDraft('d', { startedAt: T0, outcomeId: 'deal', amount: 1e308 }, db, T0);
    const result = await saveDraftAsCall('d', options(T0 + 60_000), db);
    expect(result).toEqual({ ok: false, error: { code: 'amount-too-large' } });
    expect(await db.calls.count()).toBe(0);
    expect(await db.rollups.count()).toBe(0);
    expect(await db.drafts.get('d')).toBeDefined();
  });

  it('checks the limit after rounding to the cent', async () => {
    const db = freshDatabase();
    await patchDraft('d', { startedAt: T0, outcomeId: 'deal', amount: MAX_AMOUNT + 0.004 }, db, T0);
    const atLimit = await saveDraftAsCall('d', options(T0 + 60_000), db);
    expect(atLimit.ok && atLimit.value.amount).toBe(MAX_AMOUNT);
    await patchDraft('d', { startedAt: T0, outcomeId: 'deal', amount: MAX_AMOUNT + 0.01 }, db, T0);
    expect(await saveDraftAsCall('d', options(T0 + 60_000), db)).toEqual({ ok: false, error: { code: 'amount-too-large' } });
  });

  it('keeps revenue finite through add, refused add and edit, and delete; the backup round-trips', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: 'big', startedAt: T0, outcomeId: 'deal', flags: DEAL, amount: MAX_AMOUNT }), db);
    await expect(addCall(makeCall({ id: 'huge', startedAt: T0, outcomeId: 'deal', flags: DEAL, amount: 1e308 }), db)).rejects.toThrow();
    await expect(updateCall('big', { amount: 1e308 }, db)).rejects.toThrow();
    expect((await dayTotals('2026-11-26', db)).revenue).toBe(MAX_AMOUNT);
    const text = JSON.stringify(await createBackup(db, T0, 'test'));
    expect(readBackup(text).ok).toBe(true);
    await deleteCall('big', db);
    expect(await dayTotals('2026-11-26', db)).toEqual(emptyTotals());
  });

  it('refuses Infinity and over-limit amounts in the call schema, and rollup arithmetic never yields a non-finite total', () => {
    for (const amount of [1e308, Number.POSITIVE_INFINITY, Number.NaN, MAX_AMOUNT + 1])
      expect(callRecordSchema.safeParse(makeCall({ amount })).success).toBe(false);
    const broken = { ...makeCall({ outcomeId: 'deal', flags: DEAL }), amount: 1e308 };
    const once = applyCall(emptyTotals(), broken, 1);
    expect(() => applyCall(once, broken, 1)).toThrow(RangeError);
    expect(() => applyCall({ ...emptyTotals(), revenue: Number.POSITIVE_INFINITY }, broken, -1)).toThrow(RangeError);
  });
});

describe('typed amount text', () => {
  it('converts on save: decimals kept, empty is 0, junk, negative and too large refused', () => {
    expect(parseAmountText('99.95')).toEqual({ ok: true, value: 99.95 });
    expect(parseAmountText(' 12.345 ')).toEqual({ ok: true, value: 12.35 });
    expect(parseAmountText('')).toEqual({ ok: true, value: 0 });
    expect(parseAmountText('9x')).toEqual({ ok: false, error: { code: 'bad-amount' } });
    expect(parseAmountText('-1')).toEqual({ ok: false, error: { code: 'bad-amount' } });
    expect(parseAmountText('1e308')).toEqual({ ok: false, error: { code: 'amount-too-large' } });
    expect(parseAmountText('Infinity')).toEqual({ ok: false, error: { code: 'amount-too-large' } });
  });
});
