// The month's calls for the dashboard: the connect-duration histogram (so a
// threshold people game, calls held to 30 s, shows as a spike) and the deals
// an insurance rep still has to mark issued (承保) or declined.
import { updateCall } from '../calls/call-log';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CallRecord } from '../db/records';

/** Upper bounds in seconds of each bucket; the last bucket is open. */
export const DURATION_BUCKETS = [10, 20, 30, 40, 60, 120, 300] as const;

export interface DurationBucket {
  /** Inclusive lower bound, exclusive upper bound (undefined: and longer). */
  from: number;
  to: number | undefined;
  count: number;
}

export function durationHistogram(durations: Iterable<number>): DurationBucket[] {
  const buckets: DurationBucket[] = [...DURATION_BUCKETS, undefined].map((to, index) => ({
    from: index === 0 ? 0 : (DURATION_BUCKETS[index - 1] as number),
    to,
    count: 0,
  }));
  for (const seconds of durations) {
    const index = DURATION_BUCKETS.findIndex((bound) => seconds < bound);
    const bucket = buckets[index === -1 ? buckets.length - 1 : index];
    if (bucket) bucket.count += 1;
  }
  return buckets;
}

/** Connected calls' durations between two days (the day index; a month is a few thousand calls). */
export async function connectDurations(first: string, last: string, db: CallsideDatabase = getDatabase()): Promise<number[]> {
  const durations: number[] = [];
  await db.calls
    .where('day')
    .between(first, last, true, true)
    .each((call) => {
      if (call.flags.connected === 1) durations.push(call.durationSec);
    });
  return durations;
}

/** Deals of the range not yet marked issued or declined, newest first. */
export async function dealsAwaitingIssue(first: string, last: string, db: CallsideDatabase = getDatabase()): Promise<CallRecord[]> {
  const deals = await db.calls
    .where('day')
    .between(first, last, true, true)
    .filter((call) => call.flags.deal === 1 && call.policy === undefined)
    .toArray();
  return deals.sort((a, b) => b.startedAt - a.startedAt);
}

/** Where a deal stands after 受理: waiting for the insurer, issued (承保) or declined. */
export type PolicyState = 'awaiting' | 'issued' | 'declined';

/** The policy state of a deal call; undefined for a call that is not a deal. */
export function policyStateOf(call: Pick<CallRecord, 'flags' | 'policy'>): PolicyState | undefined {
  if (call.flags.deal !== 1) return undefined;
  return call.policy ?? 'awaiting';
}

/**
 * Marks a deal issued (承保) or declined, or back to awaiting (the undo); the
 * customer counts and issue rate move in the same transaction. A call that is
 * not a deal is left as it is.
 */
export async function markPolicy(
  callId: string,
  policy: PolicyState,
  now: number,
  db: CallsideDatabase = getDatabase(),
): Promise<CallRecord | undefined> {
  return updateCall(callId, (current) => (current.flags.deal === 1 ? { policy: policy === 'awaiting' ? undefined : policy } : {}), db, now);
}
