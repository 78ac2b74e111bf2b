// Local calendar days. A day key is the rep's local date, YYYY-MM-DD: calls,
// rollups, targets and file names all speak in day keys, and only this module
// turns moments (epoch ms) into days and back. Date's local getters handle
// daylight-saving days (a 23- or 25-hour day is still one day key).

export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Day key of a local Date (its year, month and date as the rep's clock shows them). */
export function dayKeyOfDate(date: Date): DayKey {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day (YYYY-MM-DD) an epoch-ms moment belongs to. */
export function dayKeyOf(at: number): DayKey {
  return dayKeyOfDate(new Date(at));
}

/** Year, month (1-12) and date of a day key, or undefined when it is not a real calendar day. */
export function parseDayKey(day: string): { year: number; month: number; date: number } | undefined {
  const match = DAY_KEY.exec(day);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return { year, month, date };
}

/** True for a real calendar day in YYYY-MM-DD form ("2024-02-29" yes, "2024-13-45" no). */
export function isDayKey(day: string): boolean {
  return parseDayKey(day) !== undefined;
}

/** Days in a month (month 1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOf(day: DayKey): { year: number; month: number; date: number } {
  const parts = parseDayKey(day);
  if (!parts) throw new RangeError(`not a calendar day: ${day}`);
  return parts;
}

/** Epoch ms of local midnight starting `day`. */
export function startOfDay(day: DayKey): number {
  const { year, month, date } = partsOf(day);
  return new Date(year, month - 1, date).getTime();
}

/** Epoch ms of local midnight starting the day after `day` (exclusive end). */
export function endOfDay(day: DayKey): number {
  return startOfDay(addDays(day, 1));
}

/** The day key `days` days after (or before, when negative) `day`. Calendar arithmetic, no time zone involved. */
export function addDays(day: DayKey, days: number): DayKey {
  const { year, month, date } = partsOf(day);
  const shifted = new Date(Date.UTC(year, month - 1, date + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  const a = partsOf(from);
  const b = partsOf(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.date) - Date.UTC(a.year, a.month - 1, a.date)) / 86_400_000);
}

/** Day of the week, ISO numbering: Monday 1 ... Sunday 7. */
export function isoWeekday(day: DayKey): number {
  const { year, month, date } = partsOf(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Every day key from `first` to `last`, both included (empty when last < first). */
export function daysFrom(first: DayKey, last: DayKey): DayKey[] {
  const count = daysBetween(first, last) + 1;
  const days: DayKey[] = [];
  for (let index = 0; index < count; index += 1) days.push(addDays(first, index));
  return days;
}

/** Minutes since local midnight of `at`. */
export function minuteOfDay(at: number): number {
  const date = new Date(at);
  return date.getHours() * 60 + date.getMinutes();
}

/** Minutes since midnight of an "HH:MM" clock string. */
export function parseClock(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Epoch ms of `clock` (HH:MM) on local `day`. */
export function atClock(day: DayKey, clock: string): number {
  const { year, month, date } = partsOf(day);
  const minutes = parseClock(clock);
  return new Date(year, month - 1, date, Math.floor(minutes / 60), minutes % 60).getTime();
}

/** Local Monday of the ISO week containing `day`. */
export function mondayOf(day: DayKey): DayKey {
  return addDays(day, 1 - isoWeekday(day));
}
