import { describe, expect, it } from 'vitest';
import { recountRollups, rollupDaysDiffering } from '../../../lib/calls/rollups';
import { CallsideDatabase } from '../../../lib/db/database';
import { buildCustomerCounts } from '../../../lib/targets/customer-counts-build';
import { seedBench } from '../../bench/seed.entry';

// The benchmarks' seeded database must be one the app could have written:
// rollups and distinct-customer counts equal a recount of the calls, across chunk boundaries.
describe('benchmark seed', () => {
  it('writes calls with rollups and customer counts equal to a recount', async () => {
    const name = `callside-seed-${Math.random().toString(36).slice(2)}`;
    // 40 customers called again and again: the same customer in many chunks must count once per period.
    await seedBench(600, 150, name, 40);
    const db = new CallsideDatabase(name);
    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(600);
    expect(rollupDaysDiffering(await db.rollups.toArray(), recountRollups(calls))).toEqual([]);
    const expected = buildCustomerCounts(calls);
    const byKey = (rows: { periodKey: string }[]) => [...rows].sort((a, b) => a.periodKey.localeCompare(b.periodKey));
    expect(byKey(await db.customerCounts.toArray())).toEqual(byKey(expected.counts));
    const byRow = (rows: { periodKey: string; customerKey: string }[]) =>
      [...rows].sort((a, b) => `${a.periodKey} ${a.customerKey}`.localeCompare(`${b.periodKey} ${b.customerKey}`));
    expect(byRow(await db.customerPeriods.toArray())).toEqual(byRow(expected.periods));
    expect((await db.settings.get('profile'))?.value).toMatchObject({ repName: 'Bench Rep', language: 'en' });
    db.close();
  }, 30_000);
});
