import { periodRange } from '../calendar';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CallRecord, DailyRollup } from '../db/records';

/** The KPI totals of any period; a day's rollup, or the sum of many. */
export type Totals = Omit<DailyRollup, 'day'>;

export function emptyTotals(): Totals {
  return { dials: 0, connects: 0, effective: 0, quotes: 0, deals: 0, revenue: 0, talkSeconds: 0, byOutcome: {} };
}

// Money is kept to the cent: repeated add/subtract of decimals must not drift away from a recount.
// A non-finite total (Infinity, NaN) would be stored, shown and backed up as garbage (JSON writes
// null), so it throws instead: the caller's transaction rolls back and nothing is written.
function cents(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Revenue total is not a finite number (${value})`);
  // From 2^52 up every double is a whole number already, and value * 100 could overflow.
  return Math.abs(value) >= 2 ** 52 ? value : Math.round(value * 100) / 100;
}

/** Adds (sign 1) or removes (sign -1) one call's contribution to a day's totals. */
export function applyCall(totals: Totals, call: CallRecord, sign: 1 | -1): Totals {
  const byOutcome = { ...totals.byOutcome };
  const outcomeCount = (byOutcome[call.outcomeId] ?? 0) + sign;
  if (outcomeCount === 0) delete byOutcome[call.outcomeId];
  else byOutcome[call.outcomeId] = outcomeCount;
  return {
    dials: totals.dials + sign * call.flags.dialed,
    connects: totals.connects + sign * call.flags.connected,
    effective: totals.effective + sign * call.flags.effective,
    quotes: totals.quotes + sign * call.flags.quoted,
    deals: totals.deals + sign * call.flags.deal,
    revenue: cents(totals.revenue + sign * (call.flags.deal ? call.amount : 0)),
    talkSeconds: totals.talkSeconds + sign * call.durationSec,
    byOutcome,
  };
}

export function addTotals(a: Totals, b: Totals): Totals {
  const byOutcome = { ...a.byOutcome };
  for (const [outcomeId, count] of Object.entries(b.byOutcome)) byOutcome[outcomeId] = (byOutcome[outcomeId] ?? 0) + count;
  return {
    dials: a.dials + b.dials,
    connects: a.connects + b.connects,
    effective: a.effective + b.effective,
    quotes: a.quotes + b.quotes,
    deals: a.deals + b.deals,
    revenue: cents(a.revenue + b.revenue),
    talkSeconds: a.talkSeconds + b.talkSeconds,
    byOutcome,
  };
}

/**
 * Moves one call in or out of its day's rollup. Must run inside the caller's
 * rw transaction over calls and rollups, so the rollup never disagrees with
 * the calls, even with two panels writing at once.
 */
export async function shiftRollup(db: CallsideDatabase, call: CallRecord, sign: 1 | -1, stored?: DailyRollup | null): Promise<void> {
  if (stored === undefined) stored = await db.rollups.get(call.day);
  const { day: _day, ...current } = stored ?? { day: call.day, ...emptyTotals() };
  const next = applyCall(current, call, sign);
  // A day with no calls left has no rollup, exactly as a recount would find it.
  if (Object.keys(next.byOutcome).length === 0) await db.rollups.delete(call.day);
  else await db.rollups.put({ day: call.day, ...next });
}

/** Rollups computed from the calls themselves: the truth the stored rollups must equal. */
export function recountRollups(calls: Iterable<CallRecord>): Map<string, DailyRollup> {
  const days = new Map<string, DailyRollup>();
  for (const call of calls) {
    const { day: _day, ...current } = days.get(call.day) ?? { day: call.day, ...emptyTotals() };
    days.set(call.day, { day: call.day, ...applyCall(current, call, 1) });
  }
  return days;
}

/** Totals of the days from `firstDay` to `lastDay` inclusive (YYYY-MM-DD), read from rollups only. */
export async function totalsBetween(firstDay: string, lastDay: string, db: CallsideDatabase = getDatabase()): Promise<Totals> {
  const rollups = await db.rollups.where('day').between(firstDay, lastDay, true, true).toArray();
  return rollups.reduce<Totals>((sum, { day: _day, ...totals }) => addTotals(sum, totals), emptyTotals());
}

export async function dayTotals(day: string, db: CallsideDatabase = getDatabase()): Promise<Totals> {
  const stored = await db.rollups.get(day);
  if (!stored) return emptyTotals();
  const { day: _day, ...totals } = stored;
  return totals;
}

/** `month` is YYYY-MM; its real days (lib/calendar periodRange), never a made-up 31st. */
export function monthTotals(month: string, db: CallsideDatabase = getDatabase()): Promise<Totals> {
  return periodTotals(month, db);
}

/** `year` is YYYY (string or number). */
export function yearTotals(year: string | number, db: CallsideDatabase = getDatabase()): Promise<Totals> {
  return periodTotals(String(year), db);
}

/** Totals of any period key (YYYY, YYYY-Qn, YYYY-MM, YYYY-Www, YYYY-MM-DD); an invalid key is an error, not zero. */
export function periodTotals(key: string, db: CallsideDatabase = getDatabase()): Promise<Totals> {
  const range = periodRange(key);
  if (!range) return Promise.reject(new RangeError(`not a period key: ${key}`));
  return totalsBetween(range.first, range.last, db);
}

/** Per-day rollups in a range, oldest first (for charts and the targets pace). */
export function dailyRollupsBetween(firstDay: string, lastDay: string, db: CallsideDatabase = getDatabase()): Promise<DailyRollup[]> {
  return db.rollups.where('day').between(firstDay, lastDay, true, true).toArray();
}

// Equal to the cent: stored rollups are shifted call by call and a recount adds in another order.
const sameTotals = (a: Totals, b: Totals): boolean =>
  a.dials === b.dials &&
  a.connects === b.connects &&
  a.effective === b.effective &&
  a.quotes === b.quotes &&
  a.deals === b.deals &&
  Math.abs(a.revenue - b.revenue) < 0.005 &&
  a.talkSeconds === b.talkSeconds &&
  Object.keys(a.byOutcome).length === Object.keys(b.byOutcome).length &&
  Object.entries(a.byOutcome).every(([outcomeId, count]) => b.byOutcome[outcomeId] === count);

/** Days whose stored rollup differs from the recount (missing or extra days included), sorted. */
export function rollupDaysDiffering(stored: Iterable<DailyRollup>, recounted: ReadonlyMap<string, DailyRollup>): string[] {
  const storedByDay = new Map([...stored].map((rollup) => [rollup.day, rollup]));
  const days = new Set([...storedByDay.keys(), ...recounted.keys()]);
  return [...days]
    .filter((day) => {
      const a = storedByDay.get(day);
      const b = recounted.get(day);
      return !a || !b || !sameTotals(a, b);
    })
    .sort();
}
