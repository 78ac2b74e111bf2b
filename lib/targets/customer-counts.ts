// Distinct customers per period, kept in step with the calls (v3 tables
// customerPeriods and customerCounts). lib/calls/call-log.ts calls
// applyCustomerCounts inside its own transaction for every add, edit and
// delete, so the counts move with the call or not at all, like the rollups.
// A period key (day, week, month, quarter, year) is answered by one row; any
// other day range by a scan of its day rows (distinct customers are not a sum).
import { daysFrom } from '../calendar/day-key';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CallRecord, CustomerCount, CustomerPeriod } from '../db/records';
import {
  CUSTOMER_STAGES,
  CustomerCountBuilder,
  callPolicyTotals,
  callStages,
  customerKeyOf,
  emptyCount,
  emptyStages,
  isEmptyCount,
  periodKeysOfDay,
  roundCents,
} from './customer-counts-build';

interface RowDelta {
  periodKey: string;
  customerKey: string;
  stages: Record<(typeof CUSTOMER_STAGES)[number], number>;
}
interface CountDelta {
  issuedDeals: number;
  issuedPremium: number;
  declinedDeals: number;
}

function collectDeltas(call: CallRecord, sign: 1 | -1, rows: Map<string, RowDelta>, counts: Map<string, CountDelta>): void {
  const stages = callStages(call);
  const policy = callPolicyTotals(call);
  const customerKey = customerKeyOf(call);
  for (const periodKey of periodKeysOfDay(call.day)) {
    const rowKey = `${periodKey}\u0000${customerKey}`;
    const row = rows.get(rowKey) ?? { periodKey, customerKey, stages: emptyStages() };
    for (const stage of CUSTOMER_STAGES) row.stages[stage] += sign * stages[stage];
    rows.set(rowKey, row);
    const count = counts.get(periodKey) ?? { issuedDeals: 0, issuedPremium: 0, declinedDeals: 0 };
    count.issuedDeals += sign * policy.issuedDeals;
    count.issuedPremium += sign * policy.issuedPremium;
    count.declinedDeals += sign * policy.declinedDeals;
    counts.set(periodKey, count);
  }
}

/**
 * Moves a call's customer counts from `before` (the stored call, or undefined
 * for an add) to `after` (the new call, or undefined for a delete). Must run
 * inside the caller's rw transaction over calls, customerPeriods and
 * customerCounts. Costs two batched reads and up to four batched writes (a counter only when it moved); an
 * edit that changes no stage, customer, day or policy writes nothing.
 */
export async function applyCustomerCounts(
  db: CallsideDatabase,
  before: CallRecord | undefined,
  after: CallRecord | undefined,
): Promise<void> {
  const rowDeltas = new Map<string, RowDelta>();
  const countDeltas = new Map<string, CountDelta>();
  if (before) collectDeltas(before, -1, rowDeltas, countDeltas);
  if (after) collectDeltas(after, 1, rowDeltas, countDeltas);
  const changedRows = [...rowDeltas.values()].filter((delta) => CUSTOMER_STAGES.some((stage) => delta.stages[stage] !== 0));
  for (const [periodKey, delta] of countDeltas)
    if (delta.issuedDeals === 0 && delta.declinedDeals === 0 && delta.issuedPremium === 0) countDeltas.delete(periodKey);
  if (changedRows.length === 0 && countDeltas.size === 0) return;
  const periodKeys = [...new Set([...changedRows.map((delta) => delta.periodKey), ...countDeltas.keys()])];
  const [storedRows, storedCounts] = await Promise.all([
    db.customerPeriods.bulkGet(changedRows.map((delta) => [delta.periodKey, delta.customerKey] as [string, string])),
    db.customerCounts.bulkGet(periodKeys),
  ]);
  const counters = new Map(periodKeys.map((key, index) => [key, { ...(storedCounts[index] ?? emptyCount(key)) }]));
  const putRows: CustomerPeriod[] = [];
  const deleteRows: [string, string][] = [];
  // A counter is written only when it moved: another dial to a customer already counted leaves it as it was.
  const moved = new Set<string>();
  changedRows.forEach((delta, index) => {
    const old = storedRows[index] ?? { periodKey: delta.periodKey, customerKey: delta.customerKey, ...emptyStages() };
    const next = { ...old };
    const counter = counters.get(delta.periodKey) as CustomerCount;
    for (const stage of CUSTOMER_STAGES) {
      next[stage] = old[stage] + delta.stages[stage];
      if (next[stage] < 0) throw new RangeError(`customer count below zero for ${delta.periodKey}`);
      // A customer enters a stage with their first call there and leaves it with their last.
      if (old[stage] === 0 && next[stage] > 0) {
        counter[stage] += 1;
        moved.add(delta.periodKey);
      }
      if (old[stage] > 0 && next[stage] === 0) {
        counter[stage] -= 1;
        moved.add(delta.periodKey);
      }
    }
    if (CUSTOMER_STAGES.some((stage) => next[stage] > 0)) putRows.push(next);
    else deleteRows.push([delta.periodKey, delta.customerKey]);
  });
  for (const [periodKey, delta] of countDeltas) {
    const counter = counters.get(periodKey) as CustomerCount;
    counter.issuedDeals += delta.issuedDeals;
    counter.issuedPremium = roundCents(counter.issuedPremium + delta.issuedPremium);
    counter.declinedDeals += delta.declinedDeals;
    moved.add(periodKey);
  }
  const movedCounts = [...counters.values()].filter((count) => moved.has(count.periodKey));
  const putCounts = movedCounts.filter((count) => !isEmptyCount(count));
  const deleteCounts = movedCounts.filter(isEmptyCount).map((count) => count.periodKey);
  await Promise.all([
    putRows.length > 0 ? db.customerPeriods.bulkPut(putRows) : undefined,
    deleteRows.length > 0 ? db.customerPeriods.bulkDelete(deleteRows) : undefined,
    putCounts.length > 0 ? db.customerCounts.bulkPut(putCounts) : undefined,
    deleteCounts.length > 0 ? db.customerCounts.bulkDelete(deleteCounts) : undefined,
  ]);
}

/** Rebuilds every customer count from the calls (after a restore). Run inside a rw transaction over the three tables. */
export async function rebuildCustomerCounts(db: CallsideDatabase = getDatabase()): Promise<void> {
  const builder = new CustomerCountBuilder();
  await db.calls.each((call) => builder.add(call));
  const { periods, counts } = builder.result();
  await Promise.all([db.customerPeriods.clear(), db.customerCounts.clear()]);
  await Promise.all([db.customerPeriods.bulkPut(periods), db.customerCounts.bulkPut(counts)]);
}

/** Distinct customers of one period key (2026-11, 2026-W48, 2026-Q4, 2026, 2026-11-26): one row read. */
export async function customerCountsFor(periodKey: string, db: CallsideDatabase = getDatabase()): Promise<CustomerCount> {
  return (await db.customerCounts.get(periodKey)) ?? emptyCount(periodKey);
}

/**
 * Distinct customers over any day range (first..last, YYYY-MM-DD). Exact:
 * a customer called on several days counts once. Reads the day rows of the range.
 */
export async function customerCountsBetween(first: string, last: string, db: CallsideDatabase = getDatabase()): Promise<CustomerCount> {
  const result = emptyCount(`${first}..${last}`);
  const seen = new Map<string, Set<string>>(CUSTOMER_STAGES.map((stage) => [stage, new Set<string>()]));
  const days = daysFrom(first, last);
  const [rows, dayCounts] = await Promise.all([
    db.customerPeriods.where('[periodKey+customerKey]').between([first, ''], [last, '\uffff'], true, true).toArray(),
    db.customerCounts.bulkGet(days),
  ]);
  for (const row of rows) {
    // Week keys (2026-W48) sort between day keys of the same year: keep day rows only.
    if (row.periodKey.length !== 10 || row.periodKey[4] !== '-' || row.periodKey[7] !== '-') continue;
    for (const stage of CUSTOMER_STAGES) if (row[stage] > 0) seen.get(stage)?.add(row.customerKey);
  }
  for (const stage of CUSTOMER_STAGES) result[stage] = seen.get(stage)?.size ?? 0;
  for (const count of dayCounts) {
    if (!count) continue;
    result.issuedDeals += count.issuedDeals;
    result.issuedPremium = roundCents(result.issuedPremium + count.issuedPremium);
    result.declinedDeals += count.declinedDeals;
  }
  return result;
}
