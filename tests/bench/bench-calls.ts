// Browser-side: the calls the benchmarks seed and log, spread over 2026 like a
// busy rep's year (about 2,700 calls a day at 1,000,000).
import { dayKeyOf } from '../../lib/calendar';
import { DEFAULT_OUTCOMES } from '../../lib/calls/default-outcomes';
import type { CallRecord } from '../../lib/db/records';

export const YEAR_START = new Date(2026, 0, 1).getTime();
export const YEAR_MS = 365 * 86_400_000;

/** `customers`: how many distinct customers the calls cycle through. */
export function benchCall(index: number, startedAt: number, customers = 200_000): CallRecord {
  const customer = index % customers;
  const outcome = DEFAULT_OUTCOMES[index % DEFAULT_OUTCOMES.length]!;
  return {
    id: `bench-${index}-${Math.random().toString(36).slice(2, 10)}`,
    startedAt,
    endedAt: startedAt + 90_000,
    day: dayKeyOf(startedAt),
    durationSec: outcome.flags.connected ? 90 : 0,
    outcomeId: outcome.id,
    flags: { ...outcome.flags },
    amount: outcome.needsAmount ? 1000 + (index % 5000) : 0,
    customerName: `Customer ${customer}`,
    phoneE164: `+86138${String(customer).padStart(8, '0')}`,
    phoneRaw: `138 ${customer}`,
    recordUrl: `https://crm.example.com/leads/${customer}`,
    pageTitle: 'Lead',
    notes: index % 3 === 0 ? 'asked to call back after the renewal notice' : '',
    scriptPath: [],
    checklistDone: [],
    rebuttalsUsed: index % 7 === 0 ? ['r-price-1'] : [],
    overrides: [],
    updatedAt: startedAt,
  };
}
