// Working days: weekends are off, then the calendar's own entries win: a public
// holiday on a weekday is off, a make-up working day (调休) on a weekend is on.
// The entries come from the calendar table (defaults per language, edited in
// options); this module only applies them.
import { type DayKey, daysFrom, isoWeekday } from './day-key';

export type DayKind = 'holiday' | 'workday';

/** Calendar entries by day: only the days that differ from the weekend rule need to be there. */
export type CalendarEntries = ReadonlyMap<DayKey, DayKind> | Readonly<Record<DayKey, DayKind>>;

function entryOf(entries: CalendarEntries, day: DayKey): DayKind | undefined {
  return entries instanceof Map ? entries.get(day) : (entries as Readonly<Record<DayKey, DayKind>>)[day];
}

/** True when reps work on `day`. */
export function isWorkingDay(day: DayKey, entries: CalendarEntries = new Map()): boolean {
  const entry = entryOf(entries, day);
  if (entry === 'holiday') return false;
  if (entry === 'workday') return true;
  return isoWeekday(day) <= 5;
}

/** The working days from `first` to `last`, both included, in order. */
export function workingDaysBetween(first: DayKey, last: DayKey, entries: CalendarEntries = new Map()): DayKey[] {
  return daysFrom(first, last).filter((day) => isWorkingDay(day, entries));
}
