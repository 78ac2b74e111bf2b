import { browser } from 'wxt/browser';
import { type CallsideDatabase, getDatabase } from '../db/database';

// Follow-up reminders: one alarm per scheduled callback, named by call id.
// The call-log feature schedules them; the background shows the notification.
export const FOLLOW_UP_ALARM_PREFIX = 'follow-up:';

export const followUpAlarmName = (callId: string) => `${FOLLOW_UP_ALARM_PREFIX}${callId}`;

export function registerFollowUpAlarms(onDue: (callId: string) => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(FOLLOW_UP_ALARM_PREFIX)) void onDue(alarm.name.slice(FOLLOW_UP_ALARM_PREFIX.length));
  });
}

/** Sets (or moves) the reminder of one call. An alarm API failure must not lose the saved call, so it is reported, not thrown. */
export async function scheduleFollowUpAlarm(callId: string, at: number): Promise<boolean> {
  try {
    await browser.alarms.create(followUpAlarmName(callId), { when: at });
    return true;
  } catch {
    return false;
  }
}

export async function clearFollowUpAlarm(callId: string): Promise<void> {
  try {
    await browser.alarms.clear(followUpAlarmName(callId));
  } catch {
    // No alarm API (tests, a page without the permission): nothing to clear.
  }
}

/**
 * Re-creates the alarm of every pending follow-up still in the future, e.g.
 * after a restore from backup on a new machine. Reads the pending index only.
 */
export async function syncFollowUpAlarms(db: CallsideDatabase = getDatabase(), now: number = Date.now()): Promise<number> {
  const pending = await db.calls.where('[followUpDone+followUpAt]').between([0, now], [0, Number.POSITIVE_INFINITY], false, true).toArray();
  const existing = new Set((await browser.alarms.getAll()).map((alarm) => alarm.name));
  let created = 0;
  for (const call of pending) {
    if (call.followUpAt === undefined || existing.has(followUpAlarmName(call.id))) continue;
    if (await scheduleFollowUpAlarm(call.id, call.followUpAt)) created += 1;
  }
  return created;
}
