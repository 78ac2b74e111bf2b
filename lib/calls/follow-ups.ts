import { dayKeyOf, endOfDay } from '../calendar';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CallRecord } from '../db/records';
import { updateCall } from './call-log';
import { clearFollowUpAlarm, scheduleFollowUpAlarm } from './follow-up-alarms';

/** Pending follow-ups due by the end of today (overdue ones included), earliest first. */
export function listDueFollowUps(now: number, db: CallsideDatabase = getDatabase()): Promise<CallRecord[]> {
  return db.calls
    .where('[followUpDone+followUpAt]')
    .between([0, Number.NEGATIVE_INFINITY], [0, endOfDay(dayKeyOf(now)) - 1], true, true)
    .toArray();
}

export const SNOOZE_MS = 60 * 60 * 1000;

/** Moves a follow-up to `until` (default: an hour from now) and its alarm with it. */
export async function snoozeFollowUp(
  callId: string,
  now: number,
  until: number = now + SNOOZE_MS,
  db: CallsideDatabase = getDatabase(),
): Promise<CallRecord | undefined> {
  const call = await updateCall(callId, { followUpAt: until, followUpDone: 0 }, db, now);
  if (call) await scheduleFollowUpAlarm(callId, until);
  return call;
}

export async function completeFollowUp(callId: string, now: number, db: CallsideDatabase = getDatabase()): Promise<CallRecord | undefined> {
  const call = await updateCall(callId, { followUpDone: 1 }, db, now);
  await clearFollowUpAlarm(callId);
  return call;
}
