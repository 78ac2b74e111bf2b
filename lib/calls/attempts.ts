import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CallRecord } from '../db/records';

export interface AttemptQuery {
  phoneE164?: string;
  recordUrl?: string;
}

export interface AttemptSummary {
  /** Calls logged to this number or record (both, when both are given, counted once). */
  count: number;
  /** The most recent of those calls. */
  last?: { outcomeId: string; at: number };
}

/**
 * Attempt history for the person on screen: "3rd attempt, last: no answer,
 * 2 days ago". Reads the phoneE164 and recordUrl indexes only, never a scan.
 */
export async function attemptSummary(query: AttemptQuery, db: CallsideDatabase = getDatabase()): Promise<AttemptSummary> {
  if (!query.phoneE164 && !query.recordUrl) return { count: 0 };
  return db.transaction('r', db.calls, async () => {
    const byId = new Map<string, CallRecord>();
    if (query.phoneE164) for (const call of await db.calls.where('phoneE164').equals(query.phoneE164).toArray()) byId.set(call.id, call);
    if (query.recordUrl) for (const call of await db.calls.where('recordUrl').equals(query.recordUrl).toArray()) byId.set(call.id, call);
    let last: CallRecord | undefined;
    for (const call of byId.values()) if (!last || call.startedAt > last.startedAt) last = call;
    return { count: byId.size, last: last && { outcomeId: last.outcomeId, at: last.startedAt } };
  });
}

/** Calls to one number started at or after `since`, oldest first (per-number caps, minimum interval). */
export async function callsToNumberSince(phoneE164: string, since: number, db: CallsideDatabase = getDatabase()): Promise<CallRecord[]> {
  const calls = await db.calls
    .where('phoneE164')
    .equals(phoneE164)
    .filter((call) => call.startedAt >= since)
    .toArray();
  return calls.sort((a, b) => a.startedAt - b.startedAt);
}
