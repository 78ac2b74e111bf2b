import { dayKeyOf } from '../calendar';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { type CallRecord, callRecordSchema } from '../db/records';
import { applyCustomerCounts } from '../targets/customer-counts';
import { shiftRollup } from './rollups';

// Every write to calls goes through here: one rw transaction over calls and
// rollups, so the day's totals move with the call or not at all. The targets'
// distinct-customer counts (v3, applyCustomerCounts) move in the same transaction.

export async function addCall(call: CallRecord, db: CallsideDatabase = getDatabase()): Promise<CallRecord> {
  const valid = callRecordSchema.parse(call);
  await db.transaction('rw', db.calls, db.rollups, db.customerPeriods, db.customerCounts, async () => {
    // Every read goes out at once (the add, the day's rollup, the customer rows), then every write:
    // two round trips, as a hand-written IndexedDB transaction would make.
    await Promise.all([
      db.calls.add(valid),
      db.rollups.get(valid.day).then((stored) => shiftRollup(db, valid, 1, stored ?? null)),
      applyCustomerCounts(db, undefined, valid),
    ]);
  });
  return valid;
}

export type CallEdit = Partial<Omit<CallRecord, 'id' | 'day'>>;

/**
 * Applies an edit; the day follows startedAt, so moving a call to another day
 * moves its contribution between the two rollups. `edit` may be computed from
 * the stored call inside the transaction.
 */
export async function updateCall(
  id: string,
  edit: CallEdit | ((current: CallRecord) => CallEdit),
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<CallRecord | undefined> {
  return db.transaction('rw', db.calls, db.rollups, db.customerPeriods, db.customerCounts, async () => {
    const current = await db.calls.get(id);
    if (!current) return undefined;
    const patch = typeof edit === 'function' ? edit(current) : edit;
    const merged = { ...current, ...patch, id, updatedAt: now };
    const next = callRecordSchema.parse({ ...merged, day: patch.startedAt === undefined ? current.day : dayKeyOf(merged.startedAt) });
    await shiftRollup(db, current, -1);
    await db.calls.put(next);
    await shiftRollup(db, next, 1);
    await applyCustomerCounts(db, current, next);
    return next;
  });
}

/** Deletes a call and returns it, so the UI can offer undo with restoreCall. */
export async function deleteCall(id: string, db: CallsideDatabase = getDatabase()): Promise<CallRecord | undefined> {
  return db.transaction('rw', db.calls, db.rollups, db.customerPeriods, db.customerCounts, async () => {
    const current = await db.calls.get(id);
    if (!current) return undefined;
    await db.calls.delete(id);
    await shiftRollup(db, current, -1);
    await applyCustomerCounts(db, current, undefined);
    return current;
  });
}

/** Undo of a delete: the same record back, counted again. */
export const restoreCall = addCall;

export function getCall(id: string, db: CallsideDatabase = getDatabase()): Promise<CallRecord | undefined> {
  return db.calls.get(id);
}

export interface CallLogFilter {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, inclusive. */
  to?: number;
  outcomeId?: string;
  /** Matched case-insensitively against name, phone, notes and page title. */
  text?: string;
}

/** Where the previous page stopped: the last call shown. */
export interface CallLogCursor {
  startedAt: number;
  id: string;
}

export interface CallLogPage {
  calls: CallRecord[];
  /** Pass to get the next (older) page; absent on the last page. */
  next?: CallLogCursor;
}

function matchesText(call: CallRecord, needle: string): boolean {
  return [call.customerName, call.phoneE164, call.phoneRaw, call.notes, call.pageTitle].some((value) =>
    value?.toLowerCase().includes(needle),
  );
}

/**
 * One page of the log, newest first. Pages walk an index from a cursor (never
 * an offset), so page 5,000 of 1,000,000 calls costs the same as page 1. An
 * outcome filter walks [outcomeId+startedAt]; everything else walks startedAt.
 */
export async function listCallsPage(
  filter: CallLogFilter,
  pageSize: number,
  after?: CallLogCursor,
  db: CallsideDatabase = getDatabase(),
): Promise<CallLogPage> {
  const from = filter.from ?? Number.NEGATIVE_INFINITY;
  const upper = Math.min(filter.to ?? Number.POSITIVE_INFINITY, after?.startedAt ?? Number.POSITIVE_INFINITY);
  const range = filter.outcomeId
    ? db.calls.where('[outcomeId+startedAt]').between([filter.outcomeId, from], [filter.outcomeId, upper], true, true)
    : db.calls.where('startedAt').between(from, upper, true, true);
  const needle = filter.text?.trim().toLowerCase();
  // Calls sharing the cursor's startedAt come in descending id order; skip the ones already shown.
  const calls = await range
    .reverse()
    .filter((call) => !(after && call.startedAt === after.startedAt && call.id >= after.id) && (!needle || matchesText(call, needle)))
    .limit(pageSize + 1)
    .toArray();
  const page = calls.slice(0, pageSize);
  const last = page.at(-1);
  return { calls: page, next: calls.length > pageSize && last ? { startedAt: last.startedAt, id: last.id } : undefined };
}
