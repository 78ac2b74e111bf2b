import { isDayKey } from '../calendar/day-key';
import { MAX_DAY_COUNT, MAX_DAY_REBUTTALS, MAX_DAY_REVENUE, MAX_DAY_TALK_SECONDS, type SummaryDay } from './summary-schema';

// A summary's days are most of its values (a rep-year holds ~3,000), and Zod
// without its JIT (MV3 forbids eval) spends ~10 ms a file on them. This check
// accepts exactly what summaryDaySchema accepts (a property test holds the two
// together) in a fraction of the time; the rest of the file still goes through Zod.

const COUNT_FIELDS = ['dials', 'connects', 'effective', 'quotes', 'deals', 'issued'] as const;
const OPTIONAL_COUNTS = ['followUpsSet', 'followUpsDue'] as const;
const KEYS = new Set(['day', ...COUNT_FIELDS, 'issuedPremium', 'revenue', 'talkSeconds', 'firstDial', ...OPTIONAL_COUNTS, 'rebuttals']);
const REBUTTAL_KEYS = new Set(['rebuttalId', 'used', 'quoted', 'deals']);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

// An import of 1,000 rep-year files checks the same few hundred day keys 260,000 times: each is parsed once.
const validDayKeys = new Set<string>();
function isKnownDayKey(day: string): boolean {
  if (validDayKeys.has(day)) return true;
  if (!isDayKey(day)) return false;
  if (validDayKeys.size >= 4000) validDayKeys.clear();
  validDayKeys.add(day);
  return true;
}

export interface DayProblem {
  field: string;
  message: string;
}

const isWhole = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const isMoney = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DAY_REVENUE;

/** The first thing wrong with one day of a summary, or undefined when it is a valid SummaryDay. */
export function checkSummaryDay(value: unknown): DayProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { field: '', message: 'Expected an object' };
  const day = value as Record<string, unknown>;
  for (const key of Object.keys(day)) if (!KEYS.has(key)) return { field: key, message: `Unrecognized key: "${key}"` };
  if (typeof day.day !== 'string' || !isKnownDayKey(day.day)) return { field: 'day', message: 'Not a calendar day (YYYY-MM-DD)' };
  for (const field of COUNT_FIELDS) {
    if (!isWhole(day[field], MAX_DAY_COUNT)) return { field, message: `Expected a whole number from 0 to ${MAX_DAY_COUNT}` };
  }
  if (!isMoney(day.issuedPremium)) return { field: 'issuedPremium', message: `Expected a number from 0 to ${MAX_DAY_REVENUE}` };
  if (!isMoney(day.revenue)) return { field: 'revenue', message: `Expected a number from 0 to ${MAX_DAY_REVENUE}` };
  if (!isWhole(day.talkSeconds, MAX_DAY_TALK_SECONDS))
    return { field: 'talkSeconds', message: `Expected a whole number from 0 to ${MAX_DAY_TALK_SECONDS}` };
  if (day.firstDial !== null && (typeof day.firstDial !== 'string' || !CLOCK.test(day.firstDial))) {
    return { field: 'firstDial', message: 'Not a time of day (HH:MM) or null' };
  }
  for (const field of OPTIONAL_COUNTS) {
    if (day[field] !== undefined && !isWhole(day[field], MAX_DAY_COUNT))
      return { field, message: `Expected a whole number from 0 to ${MAX_DAY_COUNT}` };
  }
  if (day.rebuttals !== undefined) return checkDayRebuttals(day.rebuttals);
  return undefined;
}

/** The optional per-day rebuttal use: strict objects of an id up to 200 characters and three day counts. */
function checkDayRebuttals(value: unknown): DayProblem | undefined {
  const problem = { field: 'rebuttals', message: `Expected at most ${MAX_DAY_REBUTTALS} rebuttal counts` };
  if (!Array.isArray(value) || value.length > MAX_DAY_REBUTTALS) return problem;
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return problem;
    const use = entry as Record<string, unknown>;
    for (const key of Object.keys(use)) if (!REBUTTAL_KEYS.has(key)) return { field: 'rebuttals', message: `Unrecognized key: "${key}"` };
    if (typeof use.rebuttalId !== 'string' || use.rebuttalId.length > 200) return problem;
    if (!isWhole(use.used, MAX_DAY_COUNT) || !isWhole(use.quoted, MAX_DAY_COUNT) || !isWhole(use.deals, MAX_DAY_COUNT)) return problem;
  }
  return undefined;
}

export const isSummaryDay = (value: unknown): value is SummaryDay => checkSummaryDay(value) === undefined;
