import { describe, expect, it } from 'vitest';
import { attemptSummary, callsToNumberSince } from '../../../lib/calls/attempts';
import { addCall, deleteCall, listCallsPage, restoreCall } from '../../../lib/calls/call-log';
import { dayTotals } from '../../../lib/calls/rollups';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from './call-factory';

const T0 = new Date(2026, 10, 26, 9, 0).getTime();

describe('call log paging', () => {
  it('pages newest first by cursor, across calls that share a start time', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 25; i++)
      await addCall(makeCall({ id: `c${String(i).padStart(2, '0')}`, startedAt: T0 + Math.floor(i / 3) * 1000 }), db);
    const seen: string[] = [];
    let cursor: Parameters<typeof listCallsPage>[2];
    let pages = 0;
    do {
      const page = await listCallsPage({}, 7, cursor, db);
      seen.push(...page.calls.map((call) => call.id));
      cursor = page.next;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const starts = await Promise.all(seen.map(async (id) => (await db.calls.get(id))?.startedAt ?? 0));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('filters by date range, outcome and text', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: 'a', startedAt: T0, outcomeId: 'deal', customerName: 'Wang Fang', notes: 'wants full cover' }), db);
    await addCall(makeCall({ id: 'b', startedAt: T0 + 86_400_000, outcomeId: 'deal', notes: '' }), db);
    await addCall(makeCall({ id: 'c', startedAt: T0 + 1000, outcomeId: 'busy', customerName: 'Li Lei' }), db);
    const ids = async (filter: Parameters<typeof listCallsPage>[0]) =>
      (await listCallsPage(filter, 10, undefined, db)).calls.map((c) => c.id);
    expect(await ids({ outcomeId: 'deal' })).toEqual(['b', 'a']);
    expect(await ids({ from: T0, to: T0 + 3600_000 })).toEqual(['c', 'a']);
    expect(await ids({ outcomeId: 'deal', to: T0 + 3600_000 })).toEqual(['a']);
    expect(await ids({ text: 'FULL cover' })).toEqual(['a']);
    expect(await ids({ text: 'li lei', outcomeId: 'deal' })).toEqual([]);
  });

  it('deletes with undo, keeping the rollup in step', async () => {
    const db = freshDatabase();
    const call = await addCall(makeCall({ id: 'x' }), db);
    const deleted = await deleteCall('x', db);
    expect((await dayTotals(call.day, db)).dials).toBe(0);
    await restoreCall(deleted!, db);
    expect(await db.calls.get('x')).toEqual(call);
    expect((await dayTotals(call.day, db)).dials).toBe(1);
  });
});

describe('attempt history', () => {
  it('counts attempts by number and by record, once each, with the latest outcome', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: '1', startedAt: T0, phoneE164: '+8613800138000', outcomeId: 'busy' }), db);
    await addCall(
      makeCall({ id: '2', startedAt: T0 + 10, phoneE164: '+8613800138000', recordUrl: 'https://crm/x', outcomeId: 'no-answer' }),
      db,
    );
    await addCall(makeCall({ id: '3', startedAt: T0 + 5, recordUrl: 'https://crm/x', outcomeId: 'quoted' }), db);
    await addCall(makeCall({ id: '4', startedAt: T0 + 20, phoneE164: '+12524607929' }), db);
    expect(await attemptSummary({ phoneE164: '+8613800138000' }, db)).toEqual({ count: 2, last: { outcomeId: 'no-answer', at: T0 + 10 } });
    expect(await attemptSummary({ phoneE164: '+8613800138000', recordUrl: 'https://crm/x' }, db)).toMatchObject({ count: 3 });
    expect(await attemptSummary({}, db)).toEqual({ count: 0 });
    expect((await callsToNumberSince('+8613800138000', T0 + 1, db)).map((c) => c.id)).toEqual(['2']);
  });
});
