import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_TO_EXTENSION_CONTEXT_CHANGED, PANEL_TO_PAGE_PING, PANEL_TO_PAGE_READ } from '../lib/messaging/message-types';
import { readPage } from '../lib/page-reader/read-page';

// The CRM page reader. Not in the manifest: it is injected once through
// activeTab or registered at runtime for the sites a rep enables. It reads the
// page and answers; it never opens the database or changes the host page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const marker = '__callsidePageReader';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[marker]) return; // injected twice (activeTab after registration): keep one listener
    scope[marker] = true;

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return false;
      const type = (message as { type?: unknown } | null)?.type;
      if (type === PANEL_TO_PAGE_PING) sendResponse({ ok: true, value: 'pong' });
      else if (type === PANEL_TO_PAGE_READ) sendResponse({ ok: true, value: readPage(document) });
      else return false;
      return false;
    });

    // Tell an open panel what is on screen now that the reader runs here.
    if (window.top === window) {
      browser.runtime.sendMessage({ type: PAGE_TO_EXTENSION_CONTEXT_CHANGED, context: readPage(document) }).catch(() => undefined); // no panel open: nobody to tell
    }
  },
});
