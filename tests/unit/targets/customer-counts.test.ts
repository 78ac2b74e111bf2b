import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dayKeyOf } from '../../../lib/calendar';
import { addCall, deleteCall, updateCall } from '../../../lib/calls/call-log';
import { monthTotals } from '../../../lib/calls/rollups';
import { countDncEntries } from '../../../lib/compliance/dnc-store';
import { CallsideDatabase, SCHEMA_V2 } from '../../../lib/db/database';
import type { CallRecord, FunnelFlags } from '../../../lib/db/records';
import { customerCountsBetween, customerCountsFor } from '../../../lib/targets/customer-counts';
import { buildCustomerCounts } from '../../../lib/targets/customer-counts-build';
import { funnelOf } from '../../../lib/targets/levers';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';

const FLAGS: Record<string, FunnelFlags> = {
  'no-answer': { dialed: 1, connected: 0, effective: 0, quoted: 0, deal: 0 },
  'not-interested': { dialed: 1, connected: 1, effective: 0, quoted: 0, deal: 0 },
  quoted: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 0 },
  deal: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 },
};

function call(outcomeId: string, phone: string | undefined, at: Date, extra: Partial<CallRecord> = {}): CallRecord {
  const startedAt = at.getTime();
  return makeCall({
    startedAt,
    day: dayKeyOf(startedAt),
    outcomeId,
    flags: FLAGS[outcomeId],
    phoneE164: phone,
    amount: outcomeId === 'deal' ? 1000 : 0,
    ...extra,
  });
}

async function storedState(db: CallsideDatabase) {
  const periods = (await db.customerPeriods.toArray()).sort((a, b) =>
    `${a.periodKey}|${a.customerKey}`.localeCompare(`${b.periodKey}|${b.customerKey}`),
  );
  const counts = (await db.customerCounts.toArray()).sort((a, b) => a.periodKey.localeCompare(b.periodKey));
  return { periods, counts };
}
function recount(calls: CallRecord[]) {
  const { periods, counts } = buildCustomerCounts(calls);
  return {
    periods: periods.sort((a, b) => `${a.periodKey}|${a.customerKey}`.localeCompare(`${b.periodKey}|${b.customerKey}`)),
    counts: counts.sort((a, b) => a.periodKey.localeCompare(b.periodKey)),
  };
}

describe('customer counts written', () => {
  it('are only the counters that moved: another dial to a customer already counted writes their rows, not the counts', async () => {
    const db = freshDatabase();
    await addCall(call('no-answer', '+8613800000001', new Date(2026, 10, 2, 9)), db);
    const counted = await storedState(db);
    const countWrites = vi.spyOn(db.customerCounts, 'bulkPut');
    const rowWrites = vi.spyOn(db.customerPeriods, 'bulkPut');
    await addCall(call('no-answer', '+8613800000001', new Date(2026, 10, 2, 10)), db);
    expect(rowWrites).toHaveBeenCalledTimes(1);
    expect(countWrites).not.toHaveBeenCalled();
    const after = await storedState(db);
    expect(after.counts).toEqual(counted.counts);
    expect(after.periods.every((row) => row.dialed === 2)).toBe(true);
    // A connect moves the connected counters (and only those periods' rows are written).
    await addCall(call('not-interested', '+8613800000001', new Date(2026, 10, 2, 11)), db);
    expect(countWrites).toHaveBeenCalledTimes(1);
    expect(await storedState(db)).toEqual(
      recount([
        call('no-answer', '+8613800000001', new Date(2026, 10, 2, 9)),
        call('no-answer', '+8613800000001', new Date(2026, 10, 2, 10)),
        call('not-interested', '+8613800000001', new Date(2026, 10, 2, 11)),
      ]),
    );
  });
});

describe('customer-based funnel', () => {
  it('a customer called twice is one customer: customer rates differ from call rates', async () => {
    const db = freshDatabase();
    // Customer A: no answer, then connected and quoted, then signed. Customer B: no answer twice.
    await addCall(call('no-answer', '+8613800000001', new Date(2026, 10, 2, 9)), db);
    await addCall(call('quoted', '+8613800000001', new Date(2026, 10, 2, 11)), db);
    await addCall(call('deal', '+8613800000001', new Date(2026, 10, 3, 10)), db);
    await addCall(call('no-answer', '+8613800000002', new Date(2026, 10, 3, 10, 5)), db);
    await addCall(call('no-answer', '+8613800000002', new Date(2026, 10, 4, 10)), db);
    const counts = await customerCountsFor('2026-11', db);
    expect(counts).toMatchObject({ dialed: 2, connected: 1, quoted: 1, signed: 1 });
    const funnel = funnelOf(counts, await monthTotals('2026-11', db));
    expect(funnel.customerRates.connectRate).toBe(0.5);
    expect(funnel.callRates.connectRate).toBe(2 / 5);
    expect(funnel.customerRates.quoteRate).toBe(1);
    expect(funnel.callRates.quoteRate).toBe(1);
    expect(funnel.customerRates.successRate).toBe(1);
    expect(funnel.callRates.successRate).toBe(0.5);
    expect(funnel.customerRates.averagePremium).toBe(1000);
    // Days are exact too, and a range of days counts each customer once (not a sum of days).
    expect((await customerCountsFor('2026-11-03', db)).dialed).toBe(2);
    expect((await customerCountsBetween('2026-11-02', '2026-11-04', db)).dialed).toBe(2);
    expect((await customerCountsFor('2026-W45', db)).dialed).toBe(2);
  });

  it('the number, else the record URL, else the call itself is the customer', async () => {
    const db = freshDatabase();
    await addCall(call('no-answer', undefined, new Date(2026, 10, 2, 9), { recordUrl: 'https://crm.example/1' }), db);
    await addCall(call('no-answer', undefined, new Date(2026, 10, 2, 10), { recordUrl: 'https://crm.example/1' }), db);
    await addCall(call('no-answer', undefined, new Date(2026, 10, 2, 11)), db);
    await addCall(call('no-answer', undefined, new Date(2026, 10, 2, 12)), db);
    expect((await customerCountsFor('2026-11-02', db)).dialed).toBe(3);
  });

  it('a deal marked issued counts in the issue rate and issued premium; declined does not', async () => {
    const db = freshDatabase();
    const a = await addCall(call('deal', '+8613800000001', new Date(2026, 10, 2, 9), { amount: 3000 }), db);
    const b = await addCall(call('deal', '+8613800000002', new Date(2026, 10, 2, 10), { amount: 2000 }), db);
    await updateCall(a.id, { policy: 'issued' }, db, 1);
    await updateCall(b.id, { policy: 'declined' }, db, 2);
    const counts = await customerCountsFor('2026-11', db);
    expect(counts).toMatchObject({ signed: 2, issued: 1, issuedDeals: 1, issuedPremium: 3000, declinedDeals: 1 });
    expect(funnelOf(counts, await monthTotals('2026-11', db)).customerRates.issueRate).toBe(0.5);
  });

  const shape = fc.record({
    outcomeId: fc.constantFrom(...Object.keys(FLAGS)),
    customer: fc.constantFrom('+8613800000001', '+8613800000002', '+12524607929', undefined),
    // Days around a year end and an ISO-week boundary, so edits move calls between periods.
    minutes: fc.integer({ min: 0, max: 6 * 24 * 60 }),
    policy: fc.constantFrom(undefined, 'issued' as const, 'declined' as const),
  });
  const BASE = new Date(2026, 11, 29, 9).getTime();
  const fromShape = (value: typeof shape extends fc.Arbitrary<infer T> ? T : never) => {
    const startedAt = BASE + value.minutes * 60_000;
    return {
      startedAt,
      day: dayKeyOf(startedAt),
      outcomeId: value.outcomeId,
      flags: FLAGS[value.outcomeId] as FunnelFlags,
      phoneE164: value.customer,
      policy: value.policy,
      amount: 1234.56,
    };
  };

  it('for any log of adds, edits and deletes, stored customer counts equal a recount for every period', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('add' as const), value: shape }),
            fc.record({ op: fc.constant('edit' as const), index: fc.nat(), value: shape }),
            fc.record({ op: fc.constant('delete' as const), index: fc.nat() }),
          ),
          { maxLength: 25 },
        ),
        async (operations) => {
          const db = freshDatabase();
          const ids: string[] = [];
          for (const operation of operations) {
            if (operation.op === 'add') ids.push((await addCall(makeCall(fromShape(operation.value)), db)).id);
            else if (ids.length > 0) {
              const id = ids[operation.index % ids.length] as string;
              if (operation.op === 'edit') await updateCall(id, fromShape(operation.value), db, 5);
              else {
                await deleteCall(id, db);
                ids.splice(ids.indexOf(id), 1);
              }
            }
          }
          expect(await storedState(db)).toEqual(recount(await db.calls.toArray()));
          db.close();
        },
      ),
      { numRuns: 40 },
    );
    // Forty fresh databases take a while on a busy machine; the property, not the speed, is under test.
  }, 120_000);
});

describe('v3 upgrade', () => {
  interface Fixture {
    tables: Record<string, Record<string, unknown>[]>;
  }
  const fixture: Fixture = JSON.parse(readFileSync('tests/fixtures/db/v2-sample.json', 'utf8'));

  it('builds customer counts from real v2 data and keeps every v2 row as it was', async () => {
    const name = `callside-v3-migration-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.transaction('rw', v2.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await v2.table(table).bulkAdd(rows);
    });
    expect(v2.verno).toBe(2);
    v2.close();

    const db = new CallsideDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    // v5 keeps the do-not-call list in buckets: counted by its total, not by rows.
    for (const [table, rows] of Object.entries(fixture.tables))
      expect(table === 'dnc' ? await countDncEntries(db) : await db.table(table).count(), table).toBe(rows.length);
    expect(await db.targets.get('t1')).toEqual(fixture.tables.targets?.[0]);
    // Nov 2026: +8613800138000 (twice, on the 20th), +12524607929 (twice, on the 21st), a URL-only lead.
    expect(await customerCountsFor('2026-11', db)).toMatchObject({ dialed: 3, connected: 3, quoted: 2, signed: 1 });
    expect(await customerCountsFor('2026-11-21', db)).toMatchObject({ dialed: 2, connected: 2, quoted: 1, signed: 1 });
    expect(await storedState(db)).toEqual(recount(await db.calls.toArray()));
    // New writes after the upgrade keep counting on top of the built counts.
    await addCall(call('no-answer', '+8613900000009', new Date(2026, 10, 22, 10)), db);
    expect((await customerCountsFor('2026-11', db)).dialed).toBe(4);
    db.close();
  });
});

describe('read API for the team summary', () => {
  it('customerFunnel answers a period key and a day range alike', async () => {
    const { customerFunnel } = await import('../../../lib/targets');
    const db = freshDatabase();
    await addCall(call('quoted', '+8613800000001', new Date(2026, 10, 30, 9)), db);
    await addCall(call('quoted', '+8613800000001', new Date(2026, 11, 1, 9)), db);
    expect((await customerFunnel('2026-11', db)).customers.quoted).toBe(1);
    expect((await customerFunnel('2026-W49', db)).customers.quoted).toBe(1);
    const range = await customerFunnel({ first: '2026-11-30', last: '2026-12-01' }, db);
    expect(range.customers.quoted).toBe(1);
    expect(range.calls.quotes).toBe(2);
  });
});
