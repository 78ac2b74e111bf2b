import { browser } from 'wxt/browser';

// Follow-up reminders: one alarm per scheduled callback, named by call id.
// The call-log feature schedules them; the background shows the notification.
export const FOLLOW_UP_ALARM_PREFIX = 'follow-up:';

export function registerFollowUpAlarms(onDue: (callId: string) => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(FOLLOW_UP_ALARM_PREFIX)) void onDue(alarm.name.slice(FOLLOW_UP_ALARM_PREFIX.length));
  });
}
