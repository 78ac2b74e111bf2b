// Decomposition of a period target over working days (pure). Days already
// passed count what was actually done; what is left of the target is spread
// over the remaining working days (today included), so a target changed in
// mid-period re-plans the rest by itself. Integer KPIs are split with the
// largest-remainder method, revenue in cents, so the days sum exactly.
import { type DayKey, daysFrom } from '../calendar/day-key';
import { type CalendarEntries, isWorkingDay } from '../calendar/working-days';
import type { Kpi } from '../db/records';

/** The smallest step of a KPI: one call or deal, or one cent of revenue. */
export function kpiUnit(kpi: Kpi): number {
  return kpi === 'revenue' || kpi === 'issued' ? 0.01 : 1;
}

/**
 * Splits `total` into parts proportional to `weights`, in steps of `unit`,
 * so the parts sum exactly to `total` (rounded to the unit). Leftover units
 * go to the largest remainders; ties go to the earlier part (front-loading).
 */
export function splitLargestRemainder(total: number, weights: readonly number[], unit = 1): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0 || weightSum <= 0) return weights.map(() => 0);
  const units = Math.max(0, Math.round(total / unit));
  const exact = weights.map((weight) => (units * weight) / weightSum);
  const parts = exact.map(Math.floor);
  let left = units - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    if ((weights[index] ?? 0) <= 0) continue;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((part) => (unit === 1 ? part : Math.round(part * unit * 100) / 100));
}

export interface DayPlan {
  day: DayKey;
  working: boolean;
  /** Before today: what was done is what counts. */
  past: boolean;
  actual: number;
  /** Past days: the actual; today and after: the share of what is left (0 on non-working days). */
  planned: number;
}

export interface PeriodPlan {
  target: number;
  first: DayKey;
  last: DayKey;
  days: DayPlan[];
  /** Target minus what was done before today, never below 0. */
  remaining: number;
  /** Working days from today (included) to the end. */
  remainingWorkingDays: number;
  totalWorkingDays: number;
}

export interface PlanInput {
  target: number;
  first: DayKey;
  last: DayKey;
  today: DayKey;
  actualOf(day: DayKey): number;
  entries: CalendarEntries;
  unit: number;
}

const roundUnit = (value: number, unit: number) => (unit === 1 ? Math.round(value) : Math.round(value * 100) / 100);

// The month view plans the same months and year many times over (each KPI,
// its streak month by month, the parents' shares): the days of a range and
// whether each is worked are worked out once per range and calendar.
const dayLists = new Map<string, readonly DayKey[]>();
function daysOfRange(first: DayKey, last: DayKey): readonly DayKey[] {
  const key = `${first}|${last}`;
  let days = dayLists.get(key);
  if (!days) {
    days = daysFrom(first, last);
    if (dayLists.size > 200) dayLists.clear();
    dayLists.set(key, days);
  }
  return days;
}

/** isWorkingDay, remembered per calendar (a view reads its entries once and plans with that one object). */
const workingByCalendar = new WeakMap<CalendarEntries, Map<DayKey, boolean>>();
function isWorking(day: DayKey, entries: CalendarEntries): boolean {
  let known = workingByCalendar.get(entries);
  if (!known) {
    known = new Map();
    workingByCalendar.set(entries, known);
  }
  let working = known.get(day);
  if (working === undefined) {
    working = isWorkingDay(day, entries);
    known.set(day, working);
  }
  return working;
}

/**
 * splitLargestRemainder(total, [1, 1, ... n times], unit)[0] without building
 * and sorting the parts: with equal weights every remainder is the same, so
 * the leftover units go to the first parts and the first part gets one.
 */
function firstEqualShare(total: number, count: number, unit: number): number {
  if (count <= 0) return 0;
  const units = Math.max(0, Math.round(total / unit));
  const part = Math.floor(units / count) + (units % count > 0 ? 1 : 0);
  return unit === 1 ? part : Math.round(part * unit * 100) / 100;
}

/** The day-by-day plan of one period target as of `today`. */
export function planPeriod(input: PlanInput): PeriodPlan {
  const days = daysOfRange(input.first, input.last).map((day) => ({
    day,
    working: isWorking(day, input.entries),
    past: day < input.today,
    actual: input.actualOf(day),
  }));
  const doneBefore = days.filter((day) => day.past).reduce((sum, day) => sum + day.actual, 0);
  const remaining = Math.max(0, roundUnit(input.target - doneBefore, input.unit));
  const ahead = days.filter((day) => !day.past);
  const shares = splitLargestRemainder(
    remaining,
    ahead.map((day) => (day.working ? 1 : 0)),
    input.unit,
  );
  const shareOf = new Map(ahead.map((day, index) => [day.day, shares[index] ?? 0]));
  return {
    target: input.target,
    first: input.first,
    last: input.last,
    days: days.map((day) => ({ ...day, planned: day.past ? day.actual : (shareOf.get(day.day) ?? 0) })),
    remaining,
    remainingWorkingDays: ahead.filter((day) => day.working).length,
    totalWorkingDays: days.filter((day) => day.working).length,
  };
}

/** The plan's sum over a sub-range (a quarter of a year, a week of a month...). */
export function plannedBetween(plan: PeriodPlan, first: DayKey, last: DayKey): number {
  const total = plan.days.filter((day) => day.day >= first && day.day <= last).reduce((sum, day) => sum + day.planned, 0);
  return Math.round(total * 100) / 100;
}

/**
 * The platform each working day had on its morning: what was left of the
 * target that day, split over the working days left. For streaks and the
 * heat calendar (a day "on the platform" met the number it was given).
 */
export function platformHistory(input: Omit<PlanInput, 'today'>, through: DayKey): Map<DayKey, number> {
  const all = daysOfRange(input.first, input.last);
  let done = 0;
  const platforms = new Map<DayKey, number>();
  let workingLeft = 0;
  for (const day of all) if (isWorking(day, input.entries)) workingLeft += 1;
  for (const day of all) {
    if (day > through) break;
    if (isWorking(day, input.entries)) {
      platforms.set(day, firstEqualShare(Math.max(0, roundUnit(input.target - done, input.unit)), workingLeft, input.unit));
      workingLeft -= 1;
    }
    done += input.actualOf(day);
  }
  return platforms;
}
