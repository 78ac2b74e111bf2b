// lib/targets: the rep's targets, working-day plan, pace and customer-based funnel.
//
// Read API for other features (the team summary export reads these; every
// function takes the database last, the real one by default):
//
//   targetsForPeriod(periodKey, db)        -> TierTarget[]  targets set for one period key
//       (2026, 2026-Q4, 2026-11, 2026-W48, 2026-11-26): kpi, floor, stretchFactor, stretch.
//   targetsForPeriods(periodKeys, db)      -> Map<periodKey, TierTarget[]>
//   customerCountsFor(periodKey, db)       -> CustomerCount  distinct customers per stage
//       (dialed, connected, quoted, signed, issued) of one day, ISO week, month, quarter or
//       year, exact (not a sum of days), plus issuedDeals, issuedPremium, declinedDeals.
//       One row read; kept in step with every call write (applyCustomerCounts).
//   customerCountsBetween(first, last, db) -> CustomerCount  the same over any day range.
//   customerFunnel(range, db)              -> Funnel  customer- and call-based rates of a
//       period key or { first, last } range (connect, quote, success, average premium, issue).
//   targetChanges(periodKey?, db)          -> TargetChange[]  when, old, new, reason.
//
// Writes: setTarget / removeTarget (history kept in the same transaction),
// markDay / setChinaCalendar / seedCalendar (working-day calendar), markPolicy
// (a deal issued or declined). Pure planning: plan.ts, pace.ts, reverse-plan.ts, levers.ts.
import { periodRange } from '../calendar/periods';
import { totalsBetween } from '../calls/rollups';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { customerCountsBetween, customerCountsFor } from './customer-counts';
import { type Funnel, funnelOf } from './levers';

export { markDay, seedCalendar, setChinaCalendar } from './calendar-store';
export { applyCustomerCounts, customerCountsBetween, customerCountsFor, rebuildCustomerCounts } from './customer-counts';
export { customerKeyOf } from './customer-counts-build';
export type { Funnel, LeverName } from './levers';
export { markPolicy, type PolicyState, policyStateOf } from './month-calls';
export { removeTarget, setTarget, type TierTarget, targetChanges, targetsForPeriod, targetsForPeriods } from './target-store';

/** The funnel of a period key (one stored row) or of any day range (its day rows), with the call totals beside it. */
export async function customerFunnel(
  range: string | { first: string; last: string },
  db: CallsideDatabase = getDatabase(),
): Promise<Funnel> {
  if (typeof range === 'string') {
    const period = periodRange(range);
    if (!period) throw new RangeError(`not a period key: ${range}`);
    const [counts, totals] = await Promise.all([customerCountsFor(range, db), totalsBetween(period.first, period.last, db)]);
    return funnelOf(counts, totals);
  }
  const [counts, totals] = await Promise.all([
    customerCountsBetween(range.first, range.last, db),
    totalsBetween(range.first, range.last, db),
  ]);
  return funnelOf(counts, totals);
}
