import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PANEL_TO_PAGE_CANCEL_PICK, PANEL_TO_PAGE_PICK_FIELD } from '../lib/messaging/message-types';
import { startPickerAgent } from '../lib/page-reader/in-page/picker-agent';

// The field picker. Injected into the CRM tab only when the rep clicks "Map a
// field" (see page-link.ts), so the page reader that stays on the page is
// smaller. Its overlay is the only change Callside makes to a host page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    if (window.top !== window) return;
    const marker = '__callsideFieldPicker';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[marker]) return; // injected again for the next pick: one listener is enough
    scope[marker] = true;
    startPickerAgent(
      document,
      (handler) =>
        browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) =>
          sender.id === browser.runtime.id ? handler(message, sendResponse) : false,
        ),
      { pick: PANEL_TO_PAGE_PICK_FIELD, cancelPick: PANEL_TO_PAGE_CANCEL_PICK },
    );
  },
});
