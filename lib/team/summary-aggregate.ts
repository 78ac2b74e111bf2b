import { dayKeyOf, minuteOfDay } from '../calendar/day-key';
import { applyCall, emptyTotals, type Totals } from '../calls/rollups';
import type { CallRecord } from '../db/records';
import { customerKeyOf } from '../targets/customer-counts-build';
import { MAX_DAY_REBUTTALS, type SummaryCustomers, type SummaryDay, type SummaryDayRebuttal } from './summary-schema';

/** A deal whose policy was issued (承保); insurance teams mark it after the call (lib/targets). */
const isIssued = (call: CallRecord) => call.flags.deal === 1 && call.policy === 'issued';

export interface CallAggregates {
  days: SummaryDay[];
  customers: SummaryCustomers;
  /** Per rebuttal id: calls that used it, of which quoted, of which closed. */
  rebuttalUse: Map<string, { used: number; quoted: number; deals: number }>;
  /** Per compliance rule: how many times the rep overrode it. */
  overrides: Map<string, number>;
}

const clockOf = (at: number) => {
  const minute = minuteOfDay(at);
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
};

interface DayEntry {
  totals: Totals;
  issued: number;
  issuedPremium: number;
  firstDialAt: number | undefined;
  followUpsSet: number;
  followUpsDue: number;
  rebuttals: Map<string, Omit<SummaryDayRebuttal, 'rebuttalId'>>;
}

const emptyDay = (): DayEntry => ({
  totals: emptyTotals(),
  issued: 0,
  issuedPremium: 0,
  firstDialAt: undefined,
  followUpsSet: 0,
  followUpsDue: 0,
  rebuttals: new Map(),
});

/**
 * Counts only, from the calls of one period. Day counts go through the same
 * applyCall as the rep's own rollups, so the lead's numbers equal the panel's.
 * `dueFollowUps` are the calls whose follow-up falls due inside the period
 * (whenever they were made): only how many fall on each day is kept.
 */
export function aggregateCalls(calls: Iterable<CallRecord>, dueFollowUps: Iterable<CallRecord> = []): CallAggregates {
  const totalsByDay = new Map<string, DayEntry>();
  const dialed = new Set<string>();
  const connected = new Set<string>();
  const quoted = new Set<string>();
  const signed = new Set<string>();
  const issuedCustomers = new Set<string>();
  const rebuttalUse = new Map<string, { used: number; quoted: number; deals: number }>();
  const overrides = new Map<string, number>();
  for (const call of calls) {
    const entry = totalsByDay.get(call.day) ?? emptyDay();
    entry.totals = applyCall(entry.totals, call, 1);
    if (call.followUpAt !== undefined) entry.followUpsSet += 1;
    if (isIssued(call)) {
      entry.issued += 1;
      entry.issuedPremium = Math.round((entry.issuedPremium + call.amount) * 100) / 100;
    }
    if (call.flags.dialed && (entry.firstDialAt === undefined || call.startedAt < entry.firstDialAt)) entry.firstDialAt = call.startedAt;
    totalsByDay.set(call.day, entry);

    const customer = customerKeyOf(call);
    if (call.flags.dialed) dialed.add(customer);
    if (call.flags.connected) connected.add(customer);
    if (call.flags.quoted) quoted.add(customer);
    if (call.flags.deal) signed.add(customer);
    if (isIssued(call)) issuedCustomers.add(customer);

    for (const rebuttalId of new Set(call.rebuttalsUsed)) {
      const use = rebuttalUse.get(rebuttalId) ?? { used: 0, quoted: 0, deals: 0 };
      use.used += 1;
      use.quoted += call.flags.quoted;
      use.deals += call.flags.deal;
      rebuttalUse.set(rebuttalId, use);
      const ofDay = entry.rebuttals.get(rebuttalId) ?? { used: 0, quoted: 0, deals: 0 };
      ofDay.used += 1;
      ofDay.quoted += call.flags.quoted;
      ofDay.deals += call.flags.deal;
      entry.rebuttals.set(rebuttalId, ofDay);
    }
    for (const override of call.overrides) overrides.set(override.rule, (overrides.get(override.rule) ?? 0) + 1);
  }
  for (const call of dueFollowUps) {
    if (call.followUpAt === undefined) continue;
    const day = dayKeyOf(call.followUpAt);
    const entry = totalsByDay.get(day) ?? emptyDay();
    entry.followUpsDue += 1;
    totalsByDay.set(day, entry);
  }
  const days = [...totalsByDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([day, { totals, issued, issuedPremium, firstDialAt, followUpsSet, followUpsDue, rebuttals }]): SummaryDay => ({
        day,
        dials: totals.dials,
        connects: totals.connects,
        effective: totals.effective,
        quotes: totals.quotes,
        deals: totals.deals,
        issued,
        issuedPremium,
        revenue: totals.revenue,
        talkSeconds: Math.round(totals.talkSeconds),
        firstDial: firstDialAt === undefined ? null : clockOf(firstDialAt),
        followUpsSet,
        followUpsDue,
        // Absent rather than empty on a day without rebuttals: a rep-year summary stays small.
        ...(rebuttals.size ? { rebuttals: dayRebuttals(rebuttals) } : {}),
      }),
    );
  return {
    days,
    customers: { dialed: dialed.size, connected: connected.size, quoted: quoted.size, signed: signed.size, issued: issuedCustomers.size },
    rebuttalUse,
    overrides,
  };
}

/** Most used first, ids in order on a tie, at most what a day row may carry. */
function dayRebuttals(use: Map<string, Omit<SummaryDayRebuttal, 'rebuttalId'>>): SummaryDayRebuttal[] {
  return [...use.entries()]
    .map(([rebuttalId, counts]) => ({ rebuttalId, ...counts }))
    .sort((a, b) => b.used - a.used || (a.rebuttalId < b.rebuttalId ? -1 : 1))
    .slice(0, MAX_DAY_REBUTTALS);
}

/** Sum of the days, to the cent: the totals a summary must carry. */
export function totalsOfDays(days: readonly SummaryDay[]) {
  const totals = { dials: 0, connects: 0, effective: 0, quotes: 0, deals: 0, issued: 0, issuedPremium: 0, revenue: 0, talkSeconds: 0 };
  for (const day of days) {
    totals.dials += day.dials;
    totals.connects += day.connects;
    totals.effective += day.effective;
    totals.quotes += day.quotes;
    totals.deals += day.deals;
    totals.issued += day.issued;
    totals.issuedPremium = Math.round((totals.issuedPremium + day.issuedPremium) * 100) / 100;
    totals.revenue = Math.round((totals.revenue + day.revenue) * 100) / 100;
    totals.talkSeconds += day.talkSeconds;
  }
  return totals;
}
