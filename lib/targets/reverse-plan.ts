// The reverse plan (收入目标倒推业绩目标, pure): from what the rep wants to
// earn, or a revenue goal, back to deals, quotes, connects and dials, per
// remaining working day. Rates are customer-based, the rep's own over a
// window where the history is rich enough, else stated defaults; every
// assumption is returned with where it came from so the UI can show it.
import * as z from 'zod/mini';
import type { Industry } from '../settings/settings';

export const planRatesSchema = z.object({
  connectRate: z.number().check(z.gt(0), z.lte(1)),
  quoteRate: z.number().check(z.gt(0), z.lte(1)),
  successRate: z.number().check(z.gt(0), z.lte(1)),
  averagePremium: z.number().check(z.gt(0), z.lte(1e9)),
  /** Dials per dialed customer (a customer is often called more than once). */
  callsPerCustomer: z.number().check(z.gte(1), z.lte(100)),
  /** 承保率: issued / submitted deals (insurance teams). */
  issueRate: z.number().check(z.gt(0), z.lte(1)),
});
export type PlanRates = z.infer<typeof planRatesSchema>;
export type RateName = keyof PlanRates;

export const incomeGoalSchema = z.object({
  income: z.number().check(z.gte(0), z.lte(1e10)),
  basePay: z.number().check(z.gte(0), z.lte(1e10)),
  /** Share of revenue paid as commission, 0.05 = 5 %. */
  commissionRate: z.number().check(z.gt(0), z.lte(1)),
  /** Paid when the month target is reached (100 %). */
  targetBonus: z.number().check(z.gte(0), z.lte(1e10)),
});
export type IncomeGoal = z.infer<typeof incomeGoalSchema>;

/** The stated defaults used when the rep's own history is too thin. */
export function defaultRates(industry: Industry): PlanRates {
  const averagePremium = industry === 'car-insurance' ? 3500 : industry === 'home-renovation' ? 50000 : 1000;
  return { connectRate: 0.4, quoteRate: 0.3, successRate: 0.2, averagePremium, callsPerCustomer: 1.5, issueRate: 0.9 };
}

/** Fewest customers in a rate's denominator before the rep's own rate is trusted. */
export const MIN_HISTORY: Record<RateName, number> = {
  connectRate: 30,
  quoteRate: 20,
  successRate: 10,
  averagePremium: 5,
  callsPerCustomer: 30,
  issueRate: 5,
};

export type RateSource =
  | { kind: 'own'; numerator: number; denominator: number }
  | { kind: 'default'; denominator: number; needed: number }
  | { kind: 'edited' };

export interface HistoryCounts {
  dialedCustomers: number;
  connectedCustomers: number;
  quotedCustomers: number;
  signedCustomers: number;
  signedPremium: number;
  dials: number;
  deals: number;
  issuedDeals: number;
}

/** The rep's own rates where the window holds enough customers, the defaults elsewhere, each with its source. */
export function ratesFromHistory(history: HistoryCounts, defaults: PlanRates): { rates: PlanRates; sources: Record<RateName, RateSource> } {
  const pick = (name: RateName, numerator: number, denominator: number, value: number) =>
    denominator >= MIN_HISTORY[name] && value > 0
      ? { value, source: { kind: 'own', numerator, denominator } as RateSource }
      : { value: defaults[name], source: { kind: 'default', denominator, needed: MIN_HISTORY[name] } as RateSource };
  const h = history;
  const picked = {
    connectRate: pick('connectRate', h.connectedCustomers, h.dialedCustomers, h.connectedCustomers / h.dialedCustomers),
    quoteRate: pick('quoteRate', h.quotedCustomers, h.connectedCustomers, h.quotedCustomers / h.connectedCustomers),
    successRate: pick('successRate', h.signedCustomers, h.quotedCustomers, h.signedCustomers / h.quotedCustomers),
    averagePremium: pick('averagePremium', h.signedPremium, h.signedCustomers, h.signedPremium / h.signedCustomers),
    callsPerCustomer: pick('callsPerCustomer', h.dials, h.dialedCustomers, Math.max(1, h.dials / h.dialedCustomers)),
    issueRate: pick('issueRate', h.issuedDeals, h.deals, h.issuedDeals / h.deals),
  };
  const rates = Object.fromEntries(
    Object.entries(picked).map(([name, entry]) => [
      name,
      Math.min(entry.value, name === 'averagePremium' || name === 'callsPerCustomer' ? entry.value : 1),
    ]),
  ) as PlanRates;
  const sources = Object.fromEntries(Object.entries(picked).map(([name, entry]) => [name, entry.source])) as Record<RateName, RateSource>;
  return { rates, sources };
}

export interface ReversePlanInput {
  /** Either an income goal or a revenue goal for the month. */
  goal: { kind: 'income'; income: IncomeGoal } | { kind: 'revenue'; revenue: number };
  rates: PlanRates;
  remainingWorkingDays: number;
  /** Insurance: the goal is issued premium; submitted premium needed is goal ÷ issue rate. */
  insurance: boolean;
}

export interface ReversePlan {
  /** Revenue the goal needs (issued premium for insurance teams). */
  revenue: number;
  /** Submitted premium (受理) needed: revenue ÷ issue rate for insurance, else the revenue. */
  submittedRevenue: number;
  deals: number;
  quotes: number;
  connects: number;
  dials: number;
  perDay: { revenue: number; deals: number; quotes: number; connects: number; dials: number };
}

const cents = (value: number) => Math.round(value * 100) / 100;
// Counts are whole and rounded up: 39.2 deals needed means 40. The tiny epsilon keeps 40.0000001 at 40.
const up = (value: number) => Math.ceil(value - 1e-9);

/** Revenue an income goal needs: (income − base pay − target bonus) ÷ commission rate. */
export function revenueForIncome(goal: IncomeGoal): number {
  return cents(Math.max(0, goal.income - goal.basePay - goal.targetBonus) / goal.commissionRate);
}

export function reversePlan(input: ReversePlanInput): ReversePlan {
  const { rates } = input;
  const revenue = input.goal.kind === 'income' ? revenueForIncome(input.goal.income) : cents(input.goal.revenue);
  const submittedRevenue = input.insurance ? cents(revenue / rates.issueRate) : revenue;
  const deals = up(submittedRevenue / rates.averagePremium);
  const quotes = up(deals / rates.successRate);
  const connects = up(quotes / rates.quoteRate);
  const dialedCustomers = up(connects / rates.connectRate);
  const dials = up(dialedCustomers * rates.callsPerCustomer);
  const days = Math.max(1, input.remainingWorkingDays);
  return {
    revenue,
    submittedRevenue,
    deals,
    quotes,
    connects,
    dials,
    perDay: {
      revenue: cents(submittedRevenue / days),
      deals: up(deals / days),
      quotes: up(quotes / days),
      connects: up(connects / days),
      dials: up(dials / days),
    },
  };
}
