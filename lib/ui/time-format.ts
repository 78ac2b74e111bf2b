/**
 * The one way the UI writes a time of day, so a sentence never mixes "08:00"
 * and "8:00 AM": zh-CN always uses the 24-hour clock, English the locale's own
 * format. Calling windows ("08:00"), epoch times and date-times all go through here.
 */
function clockOptions(language: string): Intl.DateTimeFormatOptions {
  return language.startsWith('zh') ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : { hour: 'numeric', minute: '2-digit' };
}

// Building an Intl.DateTimeFormat costs far more than using one, and a panel
// render writes many times (the call, follow-up presets): one per language and kind.
const clockFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function formatterOf(cache: Map<string, Intl.DateTimeFormat>, language: string, options: Intl.DateTimeFormatOptions) {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    cache.set(language, format);
  }
  return format;
}

/** epoch ms -> "14:05" (zh-CN) or "2:05 PM" (en). */
export function formatClockTime(at: number, language: string): string {
  return formatterOf(clockFormats, language, clockOptions(language)).format(at);
}

/** A stored "HH:MM" clock (calling window, lunch break) in the same format as formatClockTime. */
export function formatClock(clock: string, language: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
  if (!match) return clock;
  // Any day will do: only the clock is shown.
  return formatClockTime(new Date(2000, 0, 3, Number(match[1]), Number(match[2])).getTime(), language);
}

/** Day and time, with the same clock as formatClockTime. */
export function formatDateTime(at: number, language: string): string {
  return formatterOf(dateTimeFormats, language, { year: 'numeric', month: 'numeric', day: 'numeric', ...clockOptions(language) }).format(
    at,
  );
}

/** epoch ms -> the value of an <input type="datetime-local"> in local time. */
export function toDateTimeInput(at: number | undefined): string {
  if (at === undefined) return '';
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromDateTimeInput(value: string): number | undefined {
  if (!value) return undefined;
  const at = new Date(value).getTime();
  return Number.isNaN(at) ? undefined : at;
}
