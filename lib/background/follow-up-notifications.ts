import { browser } from 'wxt/browser';
import { FOLLOW_UP_ALARM_PREFIX, syncFollowUpAlarms } from '../calls/follow-up-alarms';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { createTranslator } from '../i18n';
import { loadProfile, resolveLanguage } from '../settings/settings';

const notificationId = (callId: string) => `${FOLLOW_UP_ALARM_PREFIX}${callId}`;

/** Only web pages: a record URL came from a CRM page and must not open anything else. */
function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The follow-up's alarm fired: tell the rep who to call back, unless it was done or deleted meanwhile. */
export async function showFollowUpNotification(callId: string, db: CallsideDatabase = getDatabase()): Promise<boolean> {
  const call = await db.calls.get(callId);
  if (!call || call.followUpDone === 1) return false;
  const { profile } = await loadProfile(navigator.language, db);
  const t = createTranslator(resolveLanguage(profile, navigator.language));
  const name = call.customerName || call.phoneRaw || t('followUps.unnamed');
  await browser.notifications.create(notificationId(callId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: t('followUps.notificationTitle', { name }),
    message: t('followUps.notificationBody', { notes: call.notes.slice(0, 120) }),
    priority: 2,
  });
  return true;
}

/** Clicking a follow-up notification opens the CRM record the call was logged from. */
export async function openFollowUpRecord(notification: string, db: CallsideDatabase = getDatabase()): Promise<string | undefined> {
  if (!notification.startsWith(FOLLOW_UP_ALARM_PREFIX)) return undefined;
  const call = await db.calls.get(notification.slice(FOLLOW_UP_ALARM_PREFIX.length));
  await browser.notifications.clear(notification);
  if (!isWebUrl(call?.recordUrl)) return undefined;
  await browser.tabs.create({ url: call.recordUrl });
  return call.recordUrl;
}

/** Background wiring; listeners are added synchronously so a woken worker sees its event. */
export function registerFollowUpNotifications(): void {
  browser.notifications.onClicked.addListener((notification) => void openFollowUpRecord(notification).catch(() => undefined));
  // Alarms survive restarts in Chrome, but not a restore onto a new profile: put back any missing ones.
  browser.runtime.onStartup.addListener(() => void syncFollowUpAlarms().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncFollowUpAlarms().catch(() => undefined));
}
