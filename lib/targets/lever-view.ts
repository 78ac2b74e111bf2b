// The month's funnel (customer- and call-based) and its levers against the
// rep's target rates or their own median over recent working days.
import { addDays, type DayKey } from '../calendar/day-key';
import { periodKeyOf, periodOf } from '../calendar/periods';
import { workingDaysBetween } from '../calendar/working-days';
import { dailyRollupsBetween, monthTotals } from '../calls/rollups';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CustomerCount } from '../db/records';
import { calendarEntries } from './calendar-store';
import { customerCountsBetween, customerCountsFor } from './customer-counts';
import { compareLevers, type Funnel, funnelOf, type LeverComparison, type LeverName, medianRates } from './levers';
import type { HistoryCounts } from './reverse-plan';
import type { TargetSettings } from './target-store';

export interface LeverView {
  funnel: Funnel;
  levers: LeverComparison[];
  weakest: LeverName | undefined;
  referenceKind: 'target' | 'median';
  windowDays: number;
}

/** The last `count` working days before `today` (today excluded), as a first..last range. */
export async function workingWindow(
  today: DayKey,
  count: number,
  db: CallsideDatabase = getDatabase(),
): Promise<{ first: DayKey; last: DayKey; days: DayKey[] }> {
  const last = addDays(today, -1);
  // Holidays can stretch 30 working days over about seven weeks; look back generously.
  const first = addDays(today, -Math.ceil(count * 2.2) - 14);
  const days = workingDaysBetween(first, last, await calendarEntries(first, last, db)).slice(-count);
  return { first: days[0] ?? last, last, days };
}

/** Customer counts and call totals over the rate window, for the reverse plan. */
export async function historyCounts(
  today: DayKey,
  windowDays: number,
  db: CallsideDatabase = getDatabase(),
): Promise<HistoryCounts & { days: number }> {
  const window = await workingWindow(today, windowDays, db);
  if (window.days.length === 0)
    return {
      dialedCustomers: 0,
      connectedCustomers: 0,
      quotedCustomers: 0,
      signedCustomers: 0,
      signedPremium: 0,
      dials: 0,
      deals: 0,
      issuedDeals: 0,
      days: 0,
    };
  const [counts, rollups] = await Promise.all([
    customerCountsBetween(window.first, window.last, db),
    dailyRollupsBetween(window.first, window.last, db),
  ]);
  const inWindow = new Set(window.days);
  const used = rollups.filter((rollup) => inWindow.has(rollup.day));
  return {
    dialedCustomers: counts.dialed,
    connectedCustomers: counts.connected,
    quotedCustomers: counts.quoted,
    signedCustomers: counts.signed,
    signedPremium: used.reduce((sum, rollup) => sum + rollup.revenue, 0),
    dials: used.reduce((sum, rollup) => sum + rollup.dials, 0),
    deals: used.reduce((sum, rollup) => sum + rollup.deals, 0),
    issuedDeals: counts.issuedDeals,
    days: window.days.length,
  };
}

export async function loadLeverView(
  today: DayKey,
  settings: TargetSettings,
  insurance: boolean,
  db: CallsideDatabase = getDatabase(),
): Promise<LeverView> {
  const monthKey = periodKeyOf('month', today);
  const window = await workingWindow(today, settings.rateWindowDays, db);
  const [counts, totals, dayCounts, dayRollups] = await Promise.all([
    customerCountsFor(monthKey, db),
    monthTotals(monthKey, db),
    db.customerCounts.bulkGet(window.days),
    dailyRollupsBetween(window.first, window.last, db),
  ]);
  const funnel = funnelOf(counts, totals);
  const rollupOf = new Map(dayRollups.map((rollup) => [rollup.day, rollup]));
  const saved = settings.targetRates as Partial<Record<LeverName, number>> | undefined;
  const median = medianRates(
    dayCounts.filter((count): count is CustomerCount => count !== undefined),
    (day) => rollupOf.get(day)?.revenue ?? 0,
    (day) => rollupOf.get(day)?.deals ?? 0,
  );
  const reference = saved && Object.keys(saved).length > 0 ? { ...median, ...saved } : median;
  const { levers, weakest } = compareLevers(funnel, reference, insurance);
  return {
    funnel,
    levers,
    weakest,
    referenceKind: saved && Object.keys(saved).length > 0 ? 'target' : 'median',
    windowDays: window.days.length,
  };
}

/** The month range of a day (for views that list the month's calls). */
export function monthOf(today: DayKey) {
  return periodOf('month', today);
}
