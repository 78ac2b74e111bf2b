// Everything the panel and the dashboard show about this month's targets: the
// targets of today's year, quarter, month, ISO week and day, the year's rollups
// and the calendar (the basis, which a call saved today leaves alone), today's
// own rows, then the pure plan and pace (monthViewOf).
import { addDays, type DayKey, minuteOfDay, parseClock } from '../calendar/day-key';
import { periodKeyOf, periodOf, periodRange } from '../calendar/periods';
import type { CalendarEntries } from '../calendar/working-days';
import type { Totals } from '../calls/rollups';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CustomerCount, DailyRollup, Kpi } from '../db/records';
import { calendarEntries } from './calendar-store';
import {
  type MiddayCheckpoint,
  type MonthPace,
  middayCheckpoint,
  monthPace,
  platformStreak,
  type SprintProgress,
  sprintProgress,
} from './pace';
import { kpiUnit, type PeriodPlan, plannedBetween, planPeriod, platformHistory } from './plan';
import { defaultRates, MIN_HISTORY } from './reverse-plan';
import { loadTargetSettings, type TargetSettings, type TierTarget, targetsForPeriods } from './target-store';

/** Order in which a KPI becomes the panel's headline when the rep has not chosen one. */
export const KPI_ORDER: readonly Kpi[] = ['revenue', 'issued', 'deals', 'quotes', 'effective', 'connects', 'dials'];

/** Whether a text (from a file or a stored key) names one of the KPIs. */
export const isKpi = (value: string): value is Kpi => (KPI_ORDER as readonly string[]).includes(value);

export interface KpiMonth {
  kpi: Kpi;
  /**
   * Where the month's floor comes from: its own target, a share of the
   * quarter's or year's plan, or (revenue, insurance teams) the month's issued
   * target divided by the issue rate: the submitted premium (受理) to aim for.
   */
  source: 'month' | 'quarter' | 'year' | 'issued';
  /** The issue rate (承保率) used when source is 'issued'. */
  issueRate?: number;
  floor: number;
  stretch: number;
  plan: PeriodPlan;
  pace: MonthPace;
  sprints: SprintProgress[];
  streak: number;
  midday: MiddayCheckpoint;
  /** The daily platform today: a day or week target when one is set, else the month plan's share. */
  todayPlatform: number;
  /** The week's target (its own, or the sum of the days' plans). */
  week: { key: string; floor: number; actual: number };
}

export interface TargetsMonthView {
  today: DayKey;
  monthKey: string;
  kpis: KpiMonth[];
  headline: KpiMonth | undefined;
  settings: TargetSettings;
  entries: CalendarEntries;
  actualOf(kpi: Kpi, day: DayKey): number;
}

export function kpiActual(kpi: Kpi, totals: Totals | undefined, counts: CustomerCount | undefined): number {
  if (kpi === 'issued') return counts?.issuedPremium ?? 0;
  if (!totals) return 0;
  return kpi === 'dials'
    ? totals.dials
    : kpi === 'connects'
      ? totals.connects
      : kpi === 'effective'
        ? totals.effective
        : kpi === 'quotes'
          ? totals.quotes
          : kpi === 'deals'
            ? totals.deals
            : totals.revenue;
}

const DEFAULT_ISSUE_RATE = defaultRates('car-insurance').issueRate;

const first = (targets: Map<string, TierTarget[]>, key: string, kpi: Kpi) => targets.get(key)?.find((target) => target.kpi === kpi);

/**
 * What the month view reads apart from today's own numbers: the targets, the
 * settings, the calendar and the other days of the year. None of it changes
 * when a call is saved today, so a live view reads it again only when a
 * target, the calendar or a past day changes, not on every call.
 */
export interface MonthBasis {
  today: DayKey;
  targets: Map<string, TierTarget[]>;
  settings: TargetSettings;
  entries: CalendarEntries;
  /** The range's rollups, today's left out. */
  otherRollups: DailyRollup[];
  /** The range's customer counts (only read when an issued target needs them), today's left out. */
  otherDayCounts: CustomerCount[];
  /** Whether today's customer counts matter: an issued target is set. */
  needsDayCounts: boolean;
}

/** Today's own numbers: the one rollup row (and count row) a saved call changes. */
export interface MonthToday {
  day: DayKey;
  rollup: DailyRollup | undefined;
  counts: CustomerCount | undefined;
}

function monthKeys(today: DayKey) {
  const year = periodOf('year', today);
  const week = periodOf('week', today);
  const keys = {
    year: periodKeyOf('year', today),
    quarter: periodKeyOf('quarter', today),
    month: periodKeyOf('month', today),
    week: periodKeyOf('week', today),
    day: today,
  };
  // An ISO week can reach into the next or previous year (2026-W53 ends on 2027-01-03).
  const rangeFirst = [week.first, year.first].sort()[0] as DayKey;
  const rangeLast = [week.last, year.last].sort()[1] as DayKey;
  const monthKeysOfYear = Array.from({ length: 12 }, (_, index) => `${keys.year}-${String(index + 1).padStart(2, '0')}`);
  return { keys, year, week, rangeFirst, rangeLast, monthKeysOfYear };
}

/**
 * Rows of a day-keyed table in [first, last] without `today`: read as the days
 * before it and the days after it, so a write to today's row does not touch
 * what was read. (Dexie's change tracking counts a range's bounds in even when
 * they are excluded, so the ranges end on yesterday and start on tomorrow.)
 */
function rowsAroundToday<T>(
  table: { where(index: string): { between(a: string, b: string, lower: boolean, upper: boolean): { toArray(): Promise<T[]> } } },
  index: string,
  range: { first: DayKey; last: DayKey },
  today: DayKey,
): Promise<T[]> {
  const read = (first: DayKey, last: DayKey) =>
    first <= last ? table.where(index).between(first, last, true, true).toArray() : Promise.resolve([]);
  return Promise.all([read(range.first, addDays(today, -1)), read(addDays(today, 1), range.last)]).then(([before, after]) => [
    ...before,
    ...after,
  ]);
}

/** Every table the month view reads. */
const monthTables = (db: CallsideDatabase) => [db.targets, db.settings, db.rollups, db.calendar, db.customerCounts];

export async function loadMonthBasis(today: DayKey, db: CallsideDatabase = getDatabase()): Promise<MonthBasis> {
  const { keys, rangeFirst, rangeLast, monthKeysOfYear } = monthKeys(today);
  const periodKeys = [
    keys.year,
    keys.quarter,
    keys.week,
    keys.day,
    ...monthKeysOfYear,
    `${keys.year}-Q1`,
    `${keys.year}-Q2`,
    `${keys.year}-Q3`,
    `${keys.year}-Q4`,
  ];
  const range = { first: rangeFirst, last: rangeLast };
  // Every read in one read-only transaction (one for the storage engine to open, not five), all sent at once.
  return db.transaction('r', monthTables(db), async () => {
    const targetsRead = targetsForPeriods(periodKeys, db);
    // The days' customer counts give issued premium and the issue rate, which only an issued target uses:
    // without one they are not read (365 rows, a quarter of the view's reading time).
    const needsRead = targetsRead.then((found) => [...found.values()].some((list) => list.some((target) => target.kpi === 'issued')));
    const dayCountsRead = needsRead.then((needed) =>
      needed ? rowsAroundToday<CustomerCount>(db.customerCounts, 'periodKey', range, today) : [],
    );
    const [targets, settings, otherRollups, entries, otherDayCounts, needsDayCounts] = await Promise.all([
      targetsRead,
      loadTargetSettings(db),
      rowsAroundToday<DailyRollup>(db.rollups, 'day', range, today),
      calendarEntries(rangeFirst, rangeLast, db),
      dayCountsRead,
      needsRead,
    ]);
    return { today, targets, settings, entries, otherRollups, otherDayCounts, needsDayCounts };
  });
}

export async function loadMonthToday(today: DayKey, needsDayCounts: boolean, db: CallsideDatabase = getDatabase()): Promise<MonthToday> {
  const [rollup, counts] = await Promise.all([
    db.rollups.get(today),
    needsDayCounts ? db.customerCounts.get(today) : Promise.resolve(undefined),
  ]);
  return { day: today, rollup, counts };
}

export async function loadMonthView(today: DayKey, nowMs: number, db: CallsideDatabase = getDatabase()): Promise<TargetsMonthView> {
  return db.transaction('r', monthTables(db), async () => {
    const basis = await loadMonthBasis(today, db);
    return monthViewOf(basis, await loadMonthToday(today, basis.needsDayCounts, db), nowMs);
  });
}

/** The month's plan and pace from what was read: pure, so a live view can redo it when only today's row changed. */
export function monthViewOf(basis: MonthBasis, todayPart: MonthToday, nowMs: number): TargetsMonthView {
  const { today, targets, settings, entries } = basis;
  const { keys, year, week, monthKeysOfYear } = monthKeys(today);
  const rollups = todayPart.rollup ? [...basis.otherRollups, todayPart.rollup] : basis.otherRollups;
  const dayCounts = todayPart.counts ? [...basis.otherDayCounts, todayPart.counts] : basis.otherDayCounts;
  const rollupOf = new Map(rollups.map((rollup) => [rollup.day, rollup]));
  const countOf = new Map(dayCounts.filter((count) => count.periodKey.length === 10).map((count) => [count.periodKey, count]));
  const actualOf = (kpi: Kpi, day: DayKey) => kpiActual(kpi, rollupOf.get(day), countOf.get(day));

  // The month floor of any month of this year for a KPI: its own target, or its share of the quarter's or year's plan.
  // 承保率 from the deals already marked issued before today; the stated default while fewer than 5 deals.
  const pastDeals = rollups.filter((rollup) => rollup.day < today).reduce((sum, rollup) => sum + rollup.deals, 0);
  const pastIssued = [...countOf.values()].filter((count) => count.periodKey < today).reduce((sum, count) => sum + count.issuedDeals, 0);
  const issueRate = pastDeals >= MIN_HISTORY.issueRate && pastIssued > 0 ? pastIssued / pastDeals : DEFAULT_ISSUE_RATE;

  // A quarter's or year's plan is the same for each of its months: worked out once.
  const parentPlans = new Map<string, PeriodPlan>();
  const monthFloor = (monthKey: string, kpi: Kpi): { floor: number; factor: number; source: KpiMonth['source'] } | undefined => {
    const own = first(targets, monthKey, kpi);
    if (own) return { floor: own.floor, factor: own.stretchFactor, source: 'month' };
    const range = periodRange(monthKey);
    if (!range) return undefined;
    for (const kind of ['quarter', 'year'] as const) {
      const parent = first(targets, periodKeyOf(kind, range.first), kpi);
      if (!parent) continue;
      const parentRange = periodOf(kind, range.first);
      const planKey = `${parentRange.key}:${kpi}`;
      const plan =
        parentPlans.get(planKey) ??
        planPeriod({
          target: parent.floor,
          first: parentRange.first,
          last: parentRange.last,
          today,
          actualOf: (day) => actualOf(kpi, day),
          entries,
          unit: kpiUnit(kpi),
        });
      parentPlans.set(planKey, plan);
      return { floor: plannedBetween(plan, range.first, range.last), factor: parent.stretchFactor, source: kind };
    }
    const issued = kpi === 'revenue' ? monthFloor(monthKey, 'issued') : undefined;
    if (issued) return { floor: Math.round((issued.floor / issueRate) * 100) / 100, factor: issued.factor, source: 'issued' };
    return undefined;
  };

  const kpis: KpiMonth[] = [];
  for (const kpi of KPI_ORDER) {
    const month = monthFloor(keys.month, kpi);
    if (!month) continue;
    const unit = kpiUnit(kpi);
    const range = periodOf('month', today);
    const actual = (day: DayKey) => actualOf(kpi, day);
    const plan = planPeriod({ target: month.floor, first: range.first, last: range.last, today, actualOf: actual, entries, unit });
    const stretchRaw = month.floor * month.factor;
    const stretch = unit === 1 ? Math.ceil(stretchRaw - 1e-9) : Math.round(stretchRaw * 100) / 100;
    const pace = monthPace(plan, stretch, today, settings);
    const dayTarget = first(targets, keys.day, kpi);
    const weekTarget = first(targets, keys.week, kpi);
    const weekPlan = weekTarget
      ? planPeriod({ target: weekTarget.floor, first: week.first, last: week.last, today, actualOf: actual, entries, unit })
      : undefined;
    const todayPlatform = dayTarget?.floor ?? weekPlan?.days.find((day) => day.day === today)?.planned ?? pace.todayPlatform;
    // Streak: each month of the year so far with a target gives its days' morning platforms.
    const platforms = new Map<DayKey, number>();
    for (const monthKey of monthKeysOfYear.filter((key) => key <= keys.month)) {
      const floor = monthFloor(monthKey, kpi);
      const monthRange = periodRange(monthKey);
      if (!floor || !monthRange) continue;
      for (const [day, value] of platformHistory(
        { target: floor.floor, first: monthRange.first, last: monthRange.last, actualOf: actual, entries, unit },
        today,
      ))
        platforms.set(day, value);
    }
    platforms.set(today, todayPlatform);
    const weekFloor =
      weekTarget?.floor ??
      plannedBetweenDays(week.first, week.last, (day) =>
        day >= range.first && day <= range.last ? (plan.days.find((entry) => entry.day === day)?.planned ?? 0) : actual(day),
      );
    kpis.push({
      kpi,
      source: month.source,
      ...(month.source === 'issued' ? { issueRate } : {}),
      floor: month.floor,
      stretch,
      plan,
      pace: { ...pace, todayPlatform },
      sprints: sprintProgress(plan, keys.month, today),
      streak: platformStreak(platforms, actual, today, entries, year.first),
      midday: middayCheckpoint(todayPlatform, actual(today), minuteOfDay(nowMs), parseClock(settings.middayClock), unit),
      todayPlatform,
      week: { key: keys.week, floor: weekFloor, actual: plannedBetweenDays(week.first, today, actual) },
    });
  }
  const headline = kpis.find((entry) => entry.kpi === settings.headlineKpi) ?? kpis[0];
  return { today, monthKey: keys.month, kpis, headline, settings, entries, actualOf };
}

function plannedBetweenDays(firstDay: DayKey, lastDay: DayKey, amountOf: (day: DayKey) => number): number {
  let total = 0;
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) total += amountOf(day);
  return Math.round(total * 100) / 100;
}
