import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_TO_EXTENSION_CONTEXT_CHANGED, PANEL_TO_PAGE_PING, PANEL_TO_PAGE_READ } from '../lib/messaging/message-types';
import { startPageAgent } from '../lib/page-reader/in-page/page-agent';

// The CRM page reader. Not in the manifest: it is injected once through
// activeTab, or registered at runtime (at document_start) for the sites a rep
// enables (lib/page-reader/reader-registration.ts). An unlisted script, not a
// content-script entry: it needs none of the content-script wrapper, whose
// kilobyte the 10 KB page budget cannot spare. It reads the page and answers;
// it never opens the database or changes the host page. The field picker is
// its own script (crm-picker.content.ts), injected on demand.
export default defineUnlistedScript(() => {
  // The top frame reads same-origin iframes itself; frame copies stay silent so one answer wins.
  if (window.top !== window) return;
  const marker = '__callsidePageReader';
  const scope = globalThis as unknown as Record<string, boolean>;
  if (scope[marker]) return; // injected twice (activeTab after registration): keep one listener
  scope[marker] = true;

  startPageAgent(
    window,
    {
      onRequest(handler) {
        browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) =>
          sender.id === browser.runtime.id ? handler(message, sendResponse) : false,
        );
      },
      push(message) {
        browser.runtime.sendMessage(message).catch(() => undefined); // no panel open: nobody to tell
      },
    },
    {
      read: PANEL_TO_PAGE_READ,
      ping: PANEL_TO_PAGE_PING,
      changed: PAGE_TO_EXTENSION_CONTEXT_CHANGED,
    },
  );
});
