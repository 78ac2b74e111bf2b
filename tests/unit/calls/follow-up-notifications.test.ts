import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openFollowUpRecord, showFollowUpNotification } from '../../../lib/background/follow-up-notifications';
import { addCall } from '../../../lib/calls/call-log';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from './call-factory';

describe('follow-up notifications', () => {
  it('notifies a pending follow-up and opens its CRM record when clicked', async () => {
    const db = freshDatabase();
    await addCall(
      makeCall({ id: 'c1', customerName: 'Wang Fang', recordUrl: 'https://crm.example.com/leads/7', followUpAt: 1, followUpDone: 0 }),
      db,
    );
    let created: { id?: string; title?: string } = {};
    fakeBrowser.notifications.create = (async (id: string, options: { title: string }) => {
      created = { id, title: options.title };
      return id;
    }) as unknown as typeof fakeBrowser.notifications.create;
    fakeBrowser.notifications.clear = (async () => true) as typeof fakeBrowser.notifications.clear;
    expect(await showFollowUpNotification('c1', db)).toBe(true);
    expect(created).toEqual({ id: 'follow-up:c1', title: 'Follow-up due: Wang Fang' });
    expect(await openFollowUpRecord('follow-up:c1', db)).toBe('https://crm.example.com/leads/7');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('https://crm.example.com/leads/7');
  });

  it('stays quiet for done follow-ups and never opens a non-web URL', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: 'done', followUpAt: 1, followUpDone: 1 }), db);
    await addCall(makeCall({ id: 'js', recordUrl: 'javascript:alert(1)', followUpAt: 1, followUpDone: 0 }), db);
    fakeBrowser.notifications.clear = (async () => true) as typeof fakeBrowser.notifications.clear;
    expect(await showFollowUpNotification('done', db)).toBe(false);
    expect(await showFollowUpNotification('missing', db)).toBe(false);
    expect(await openFollowUpRecord('follow-up:js', db)).toBeUndefined();
    expect(await openFollowUpRecord('other:js', db)).toBeUndefined();
  });
});
