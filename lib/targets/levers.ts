// The performance driver model (电销业绩驱动模型), pure:
//   revenue = dials x connect rate x quote rate x success rate x average premium
// Rates are by distinct customers (DOMAIN.md), call-based ones are shown
// beside them. The weakest lever is the one furthest below its reference:
// the rep's target rates if set, else the rep's own median over recent days.
import type { CustomerCount } from '../db/records';

export type LeverName = 'connectRate' | 'quoteRate' | 'successRate' | 'averagePremium' | 'issueRate';
export const LEVERS: readonly LeverName[] = ['connectRate', 'quoteRate', 'successRate', 'averagePremium', 'issueRate'];

export interface CallTotals {
  dials: number;
  connects: number;
  quotes: number;
  deals: number;
  revenue: number;
}

export interface Funnel {
  customers: { dialed: number; connected: number; quoted: number; signed: number; issued: number };
  calls: CallTotals & { issuedDeals: number };
  /** Customer-based: connected / dialed customers, quoted / connected, signed / quoted, premium / signed, issued / deals. */
  customerRates: Record<LeverName, number | undefined>;
  /** Call-based: connects / dials, quotes / connects, deals / quotes, revenue / deals, issued / deals. */
  callRates: Record<LeverName, number | undefined>;
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : undefined);

export function funnelOf(counts: CustomerCount, calls: CallTotals): Funnel {
  const customers = {
    dialed: counts.dialed,
    connected: counts.connected,
    quoted: counts.quoted,
    signed: counts.signed,
    issued: counts.issued,
  };
  const issueRate = ratio(counts.issuedDeals, calls.deals);
  return {
    customers,
    calls: { ...calls, issuedDeals: counts.issuedDeals },
    customerRates: {
      connectRate: ratio(counts.connected, counts.dialed),
      quoteRate: ratio(counts.quoted, counts.connected),
      successRate: ratio(counts.signed, counts.quoted),
      averagePremium: ratio(calls.revenue, counts.signed),
      issueRate,
    },
    callRates: {
      connectRate: ratio(calls.connects, calls.dials),
      quoteRate: ratio(calls.quotes, calls.connects),
      successRate: ratio(calls.deals, calls.quotes),
      averagePremium: ratio(calls.revenue, calls.deals),
      issueRate,
    },
  };
}

/** Median of the defined values, undefined when there are none. */
export function median(values: readonly (number | undefined)[]): number | undefined {
  const sorted = values.filter((value): value is number => value !== undefined && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The rep's own median customer rate per lever over the given days' counts. */
export function medianRates(
  days: readonly CustomerCount[],
  revenueOf: (day: string) => number,
  dealsOf: (day: string) => number,
): Record<LeverName, number | undefined> {
  return {
    connectRate: median(days.map((day) => ratio(day.connected, day.dialed))),
    quoteRate: median(days.map((day) => ratio(day.quoted, day.connected))),
    successRate: median(days.map((day) => ratio(day.signed, day.quoted))),
    averagePremium: median(days.map((day) => ratio(revenueOf(day.periodKey), day.signed))),
    issueRate: median(days.map((day) => ratio(day.issuedDeals, dealsOf(day.periodKey)))),
  };
}

export interface LeverComparison {
  lever: LeverName;
  current: number | undefined;
  reference: number | undefined;
  /** current / reference; below 1 means under the reference. */
  index: number | undefined;
  /** The customers behind the current rate (its denominator). */
  basis: number;
}

/** Fewest customers behind a rate before it is compared at all (a rate is never shown without its count). */
export const MIN_LEVER_BASIS = 5;

export function compareLevers(
  funnel: Funnel,
  reference: Record<LeverName, number | undefined>,
  includeIssue: boolean,
): { levers: LeverComparison[]; weakest: LeverName | undefined } {
  const basisOf: Record<LeverName, number> = {
    connectRate: funnel.customers.dialed,
    quoteRate: funnel.customers.connected,
    successRate: funnel.customers.quoted,
    averagePremium: funnel.customers.signed,
    issueRate: funnel.calls.deals,
  };
  const levers = LEVERS.filter((lever) => includeIssue || lever !== 'issueRate').map((lever) => {
    const current = funnel.customerRates[lever];
    const target = reference[lever];
    const index = current !== undefined && target !== undefined && target > 0 ? current / target : undefined;
    return { lever, current, reference: target, index, basis: basisOf[lever] };
  });
  const ranked = levers.filter((entry) => entry.index !== undefined && entry.basis >= MIN_LEVER_BASIS && (entry.index as number) < 1);
  ranked.sort((a, b) => (a.index as number) - (b.index as number));
  return { levers, weakest: ranked[0]?.lever };
}
