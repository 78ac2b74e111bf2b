// Period keys for targets, summaries and reports:
//   year 2026 · quarter 2026-Q4 · month 2026-11 · ISO week 2026-W48 · day 2026-11-26
// Every period is a closed range of local day keys; ISO weeks start on Monday
// and belong to the year of their Thursday (so 2026-12-31 is in 2026-W53, and
// 2027-01-01 too).
import { addDays, type DayKey, daysFrom, daysInMonth, isoWeekday, mondayOf, parseDayKey } from './day-key';

export type PeriodKind = 'year' | 'quarter' | 'month' | 'week' | 'day';
export const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'quarter', 'month', 'week', 'day'];
export type PeriodKey = string;

export interface PeriodRange {
  kind: PeriodKind;
  key: PeriodKey;
  /** First day, included. */
  first: DayKey;
  /** Last day, included. */
  last: DayKey;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** ISO week-numbering year and week (1-53) of a day. */
export function isoWeekOf(day: DayKey): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const parts = parseDayKey(thursday);
  if (!parts) throw new RangeError(`not a calendar day: ${day}`);
  const ordinal = Math.round((Date.UTC(parts.year, parts.month - 1, parts.date) - Date.UTC(parts.year, 0, 1)) / 86_400_000);
  return { year: parts.year, week: Math.floor(ordinal / 7) + 1 };
}

/** The key of the period of `kind` that contains `day`. */
export function periodKeyOf(kind: PeriodKind, day: DayKey): PeriodKey {
  const parts = parseDayKey(day);
  if (!parts) throw new RangeError(`not a calendar day: ${day}`);
  switch (kind) {
    case 'year':
      return pad(parts.year, 4);
    case 'quarter':
      return `${pad(parts.year, 4)}-Q${Math.ceil(parts.month / 3)}`;
    case 'month':
      return `${pad(parts.year, 4)}-${pad(parts.month)}`;
    case 'week': {
      const { year, week } = isoWeekOf(day);
      return `${pad(year, 4)}-W${pad(week)}`;
    }
    case 'day':
      return day;
  }
}

/** Monday of ISO week `week` of ISO year `year`. */
function isoWeekMonday(year: number, week: number): DayKey {
  // January 4th is always in week 1.
  const fourth = `${pad(year, 4)}-01-04`;
  return addDays(mondayOf(fourth), (week - 1) * 7);
}

function weeksInIsoYear(year: number): number {
  return isoWeekOf(`${pad(year, 4)}-12-28`).week;
}

/** Parses any period key into its kind and day range; undefined when it is not a valid key. */
export function periodRange(key: string): PeriodRange | undefined {
  let match = /^(\d{4})$/.exec(key);
  if (match) return { kind: 'year', key, first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) {
    const year = Number(match[1]);
    const firstMonth = (Number(match[2]) - 1) * 3 + 1;
    const lastMonth = firstMonth + 2;
    return {
      kind: 'quarter',
      key,
      first: `${match[1]}-${pad(firstMonth)}-01`,
      last: `${match[1]}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
    };
  }
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    return { kind: 'month', key, first: `${match[1]}-${match[2]}-01`, last: `${match[1]}-${match[2]}-${pad(daysInMonth(year, month))}` };
  }
  match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (match) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    if (week < 1 || week > weeksInIsoYear(year)) return undefined;
    const first = isoWeekMonday(year, week);
    return { kind: 'week', key, first, last: addDays(first, 6) };
  }
  if (parseDayKey(key)) return { kind: 'day', key, first: key, last: key };
  return undefined;
}

/** The range of the period of `kind` containing `day`. */
export function periodOf(kind: PeriodKind, day: DayKey): PeriodRange {
  const range = periodRange(periodKeyOf(kind, day));
  if (!range) throw new RangeError(`no ${kind} period for ${day}`);
  return range;
}

/** Every day of a period, in order. */
export function daysOfPeriod(range: Pick<PeriodRange, 'first' | 'last'>): DayKey[] {
  return daysFrom(range.first, range.last);
}

/** True when `day` lies inside the range (both ends included). Day keys compare as strings. */
export function periodContains(range: Pick<PeriodRange, 'first' | 'last'>, day: DayKey): boolean {
  return day >= range.first && day <= range.last;
}

/** The period of the same kind just before (offset -1) or after (+1) `key`. */
export function shiftPeriod(key: PeriodKey, offset: number): PeriodKey {
  const range = periodRange(key);
  if (!range) throw new RangeError(`not a period key: ${key}`);
  if (range.kind === 'day') return addDays(range.first, offset);
  if (range.kind === 'week') return periodKeyOf('week', addDays(range.first, offset * 7));
  const parts = parseDayKey(range.first);
  if (!parts) throw new RangeError(key);
  const monthsPer = range.kind === 'year' ? 12 : range.kind === 'quarter' ? 3 : 1;
  const monthIndex = parts.year * 12 + (parts.month - 1) + offset * monthsPer;
  const day = `${pad(Math.floor(monthIndex / 12), 4)}-${pad((monthIndex % 12) + 1)}-01`;
  return periodKeyOf(range.kind, day);
}

/**
 * The month's three 10-day sprints (上旬 1-10, 中旬 11-20, 下旬 21-end),
 * each with its checkpoint day: the 10th, the 20th and the month's last day.
 */
export function monthSprints(monthKey: PeriodKey): { index: 1 | 2 | 3; first: DayKey; last: DayKey }[] {
  const range = periodRange(monthKey);
  if (range?.kind !== 'month') throw new RangeError(`not a month key: ${monthKey}`);
  const prefix = monthKey;
  return [
    { index: 1, first: `${prefix}-01`, last: `${prefix}-10` },
    { index: 2, first: `${prefix}-11`, last: `${prefix}-20` },
    { index: 3, first: `${prefix}-21`, last: range.last },
  ];
}
