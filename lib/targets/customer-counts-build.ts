// Customer counts computed from calls alone: what the stored counts must
// equal, and how the v3 upgrade and a restore build them. Pure (no database),
// so lib/db/database.ts can use it in its upgrade without a cycle.
import { periodKeyOf } from '../calendar/periods';
import type { CallRecord, CustomerCount, CustomerPeriod, CustomerStageCounts } from '../db/records';

export const CUSTOMER_STAGES = ['dialed', 'connected', 'quoted', 'signed', 'issued'] as const;
export type CustomerStage = (typeof CUSTOMER_STAGES)[number];

/** Who a call was with: the number in E.164, else the record URL, else the call itself (an unknown customer). */
export function customerKeyOf(call: Pick<CallRecord, 'id' | 'phoneE164' | 'recordUrl'>): string {
  if (call.phoneE164) return `tel:${call.phoneE164}`;
  if (call.recordUrl) return `url:${call.recordUrl}`;
  return `call:${call.id}`;
}

/** 0/1 per stage for one call; a deal is 'signed' (受理), and 'issued' (承保) once marked so. */
export function callStages(call: Pick<CallRecord, 'flags' | 'policy'>): CustomerStageCounts {
  return {
    dialed: call.flags.dialed,
    connected: call.flags.connected,
    quoted: call.flags.quoted,
    signed: call.flags.deal,
    issued: call.flags.deal === 1 && call.policy === 'issued' ? 1 : 0,
  };
}

/** The keys of the day, ISO week, month, quarter and year a call's day belongs to. */
export function periodKeysOfDay(day: string): string[] {
  return [day, periodKeyOf('week', day), periodKeyOf('month', day), periodKeyOf('quarter', day), periodKeyOf('year', day)];
}

export function emptyStages(): CustomerStageCounts {
  return { dialed: 0, connected: 0, quoted: 0, signed: 0, issued: 0 };
}

export function emptyCount(periodKey: string): CustomerCount {
  return { periodKey, ...emptyStages(), issuedDeals: 0, issuedPremium: 0, declinedDeals: 0 };
}

export function isEmptyCount(count: CustomerCount): boolean {
  return (
    CUSTOMER_STAGES.every((stage) => count[stage] === 0) &&
    count.issuedDeals === 0 &&
    count.declinedDeals === 0 &&
    count.issuedPremium === 0
  );
}

/** Money to the cent, so add/remove never drifts from a recount. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Issued deals, issued premium and declined deals one call adds to its periods. */
export function callPolicyTotals(call: Pick<CallRecord, 'flags' | 'policy' | 'amount'>) {
  const deal = call.flags.deal === 1;
  return {
    issuedDeals: deal && call.policy === 'issued' ? 1 : 0,
    issuedPremium: deal && call.policy === 'issued' ? call.amount : 0,
    declinedDeals: deal && call.policy === 'declined' ? 1 : 0,
  };
}

/** Rows and counters for a set of calls, built in memory (upgrade, restore, recount in tests). */
export class CustomerCountBuilder {
  private readonly periods = new Map<string, CustomerPeriod>();
  private readonly counts = new Map<string, CustomerCount>();

  add(call: CallRecord): void {
    const stages = callStages(call);
    const policy = callPolicyTotals(call);
    const customerKey = customerKeyOf(call);
    for (const periodKey of periodKeysOfDay(call.day)) {
      const rowKey = `${periodKey}\u0000${customerKey}`;
      let row = this.periods.get(rowKey);
      if (!row) {
        row = { periodKey, customerKey, ...emptyStages() };
        this.periods.set(rowKey, row);
      }
      let count = this.counts.get(periodKey);
      if (!count) {
        count = emptyCount(periodKey);
        this.counts.set(periodKey, count);
      }
      for (const stage of CUSTOMER_STAGES) {
        if (stages[stage] === 1 && row[stage] === 0) count[stage] += 1;
        row[stage] += stages[stage];
      }
      count.issuedDeals += policy.issuedDeals;
      count.issuedPremium = roundCents(count.issuedPremium + policy.issuedPremium);
      count.declinedDeals += policy.declinedDeals;
    }
  }

  result(): { periods: CustomerPeriod[]; counts: CustomerCount[] } {
    // A customer with no stage reached (a call flagged not even dialed) has no row, as in the stored counts.
    const periods = [...this.periods.values()].filter((row) => CUSTOMER_STAGES.some((stage) => row[stage] > 0));
    const counts = [...this.counts.values()].filter((count) => !isEmptyCount(count));
    return { periods, counts };
  }
}

export function buildCustomerCounts(calls: Iterable<CallRecord>): { periods: CustomerPeriod[]; counts: CustomerCount[] } {
  const builder = new CustomerCountBuilder();
  for (const call of calls) builder.add(call);
  return builder.result();
}
