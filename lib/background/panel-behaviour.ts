import { browser } from 'wxt/browser';
import { registerSiteGrants } from '../page-reader/page-link';
import { migrateReaderRegistrations } from '../page-reader/reader-registration';

/** The background tells an open panel that the rep just granted it the tab (toolbar button or shortcut). */
export const BACKGROUND_TO_PANEL_READ = 'background-to-panel:read';

/** The Firefox sidebar API, which the Chrome typings do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}
const sidebarAction = (): SidebarAction | undefined => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

interface GestureTab {
  id?: number;
  windowId?: number;
}

/**
 * Opens the panel beside the tab the rep's gesture came from. It must be
 * called synchronously inside the gesture (toolbar click, command), before any
 * await: Chrome grants activeTab on that tab only through `sidePanel.open`
 * called this way, and Firefox allows `sidebarAction.open` only there.
 * Then an already open panel is told to read the tab it may now read.
 */
export function openPanelFromGesture(tab: GestureTab | undefined): void {
  let opening: Promise<unknown> | undefined;
  if (browser.sidePanel?.open) {
    if (tab?.id !== undefined) opening = browser.sidePanel.open({ tabId: tab.id });
    else if (tab?.windowId !== undefined) opening = browser.sidePanel.open({ windowId: tab.windowId });
  } else {
    opening = sidebarAction()?.open();
  }
  void Promise.resolve(opening)
    .catch(() => undefined)
    // A panel that is just loading reads on its own; one already open needs the nudge.
    .then(() => browser.runtime.sendMessage({ type: BACKGROUND_TO_PANEL_READ, tabId: tab?.id }))
    .catch(() => undefined);
}

/**
 * Toolbar button. Chrome's `openPanelOnActionClick` opens the panel without
 * granting activeTab (measured: the tab stays unreadable), so it is switched
 * off (it persists from earlier versions) and the click opens the panel itself.
 */
export function registerPanelBehaviour(): void {
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  action?.onClicked.addListener((tab) => openPanelFromGesture(tab));
  // A site granted from the Extensions menu reaches no panel code: register the reader here, then let the panel read.
  registerSiteGrants(() => void browser.runtime.sendMessage({ type: BACKGROUND_TO_PANEL_READ }).catch(() => undefined));
  // Sites enabled under an older version keep its registration (it persists across updates): bring them up to date.
  void migrateReaderRegistrations().catch(() => undefined);
}

/** Commands that open the panel and grant the tab, per browser (wxt.config.ts). */
const OPENING_COMMANDS = ['_execute_action', '_execute_browser_action', 'open-panel'];

/** The shortcut that opens the panel, as the browser shows it; '' when the rep removed it or it clashed. */
export async function openPanelShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((command) => command.name && OPENING_COMMANDS.includes(command.name))?.shortcut ?? '';
}
