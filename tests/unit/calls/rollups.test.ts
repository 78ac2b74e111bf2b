import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKeyOf } from '../../../lib/calendar';
import { addCall, deleteCall, updateCall } from '../../../lib/calls/call-log';
import { dayTotals, monthTotals, recountRollups, yearTotals } from '../../../lib/calls/rollups';
import type { CallRecord, FunnelFlags } from '../../../lib/db/records';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from './call-factory';

const OUTCOME_FLAGS: Record<string, FunnelFlags> = {
  'no-answer': { dialed: 1, connected: 0, effective: 0, quoted: 0, deal: 0 },
  'not-interested': { dialed: 1, connected: 1, effective: 0, quoted: 0, deal: 0 },
  quoted: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 0 },
  deal: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 },
};

const BASE = new Date(2026, 0, 30, 9, 0).getTime();
const callShape = fc.record({
  outcomeId: fc.constantFrom(...Object.keys(OUTCOME_FLAGS)),
  // Four days around a month end, so edits move calls between days and months.
  minutesFromBase: fc.integer({ min: 0, max: 4 * 24 * 60 }),
  cents: fc.integer({ min: 0, max: 10_000_000 }),
  durationSec: fc.integer({ min: 0, max: 3600 }),
});
type Shape = typeof callShape extends fc.Arbitrary<infer T> ? T : never;

function fromShape(shape: Shape, id?: string): Partial<CallRecord> {
  const startedAt = BASE + shape.minutesFromBase * 60_000;
  return {
    ...(id ? { id } : {}),
    startedAt,
    day: dayKeyOf(startedAt),
    outcomeId: shape.outcomeId,
    flags: OUTCOME_FLAGS[shape.outcomeId],
    amount: shape.cents / 100,
    durationSec: OUTCOME_FLAGS[shape.outcomeId]?.connected ? shape.durationSec : 0,
  };
}

const operation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), shape: callShape }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), shape: callShape }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

const sortedRollups = (rollups: Iterable<{ day: string }>) => [...rollups].sort((a, b) => a.day.localeCompare(b.day));

describe('daily rollups', () => {
  it('equal a recount of the calls after any sequence of adds, edits and deletes', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 40 }), async (operations) => {
        const db = freshDatabase();
        const ids: string[] = [];
        for (const op of operations) {
          if (op.kind === 'add') {
            const call = await addCall(makeCall(fromShape(op.shape)), db);
            ids.push(call.id);
          } else if (ids.length > 0) {
            const id = ids[op.pick % ids.length] ?? '';
            if (op.kind === 'edit') {
              const { day: _day, ...edit } = fromShape(op.shape);
              await updateCall(id, edit, db);
            } else {
              await deleteCall(id, db);
              ids.splice(ids.indexOf(id), 1);
            }
          }
        }
        const stored = sortedRollups(await db.rollups.toArray());
        const recount = sortedRollups(recountRollups(await db.calls.toArray()).values());
        expect(stored).toEqual(recount);
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('counts a deal into dials, connects, quotes, deals, revenue and talk time', async () => {
    const db = freshDatabase();
    const call = makeCall({ outcomeId: 'deal', flags: OUTCOME_FLAGS.deal, amount: 1234.5, durationSec: 95 });
    await addCall(call, db);
    await addCall(
      makeCall({ outcomeId: 'no-answer', flags: OUTCOME_FLAGS['no-answer'], durationSec: 0, startedAt: call.startedAt + 1 }),
      db,
    );
    const totals = await dayTotals(call.day, db);
    expect(totals).toMatchObject({ dials: 2, connects: 1, effective: 1, quotes: 1, deals: 1, revenue: 1234.5, talkSeconds: 95 });
    expect(totals.byOutcome).toEqual({ deal: 1, 'no-answer': 1 });
  });

  it('sums months and years from rollups without reading calls', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ startedAt: new Date(2026, 10, 3, 10).getTime() }), db);
    await addCall(makeCall({ startedAt: new Date(2026, 10, 30, 10).getTime() }), db);
    await addCall(makeCall({ startedAt: new Date(2026, 11, 1, 10).getTime() }), db);
    await addCall(makeCall({ startedAt: new Date(2025, 11, 31, 10).getTime() }), db);
    // Calls gone, rollups kept: the totals must still be right, proving no scan.
    await db.calls.clear();
    expect((await monthTotals('2026-11', db)).dials).toBe(2);
    expect((await yearTotals(2026, db)).dials).toBe(3);
    expect((await yearTotals('2025', db)).quotes).toBe(1);
  });

  it('rolls back the call when the rollup write fails, and the other way round', async () => {
    const db = freshDatabase();
    const call = makeCall();
    await addCall(call, db);
    await expect(addCall(call, db)).rejects.toThrow();
    expect((await dayTotals(call.day, db)).dials).toBe(1);
    expect(await db.calls.count()).toBe(1);
  });
});
