import '../lib/zod-setup';
import { defineBackground } from 'wxt/utils/define-background';
import { registerFollowUpNotifications, showFollowUpNotification } from '../lib/background/follow-up-notifications';
import { registerPanelBehaviour } from '../lib/background/panel-behaviour';
import { registerPanelCommands } from '../lib/background/panel-commands';
import { registerFollowUpAlarms } from '../lib/calls/follow-up-alarms';
import { registerAllCatalogs } from '../lib/i18n/all-catalogs';

export default defineBackground(() => {
  // Notifications speak the rep's language; a service worker cannot import() chunks later.
  registerAllCatalogs();
  // Listeners are registered synchronously so a woken service worker sees the event that woke it.
  registerPanelBehaviour();
  registerPanelCommands();
  registerFollowUpAlarms(async (callId) => {
    await showFollowUpNotification(callId).catch(() => undefined);
  });
  registerFollowUpNotifications();
});
