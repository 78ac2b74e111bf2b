import { browser } from 'wxt/browser';

/** The Firefox sidebar API, which the Chrome typings do not describe. */
interface SidebarAction {
  toggle(): Promise<void>;
  open(): Promise<void>;
}
const sidebarAction = (): SidebarAction | undefined => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

/** Toolbar button: opens the side panel (Chrome/Edge) or toggles the sidebar (Firefox). */
export function registerPanelBehaviour(): void {
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = sidebarAction();
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.toggle());
}

/** Opens the panel from a keyboard command; both APIs need the command's user gesture. */
export async function openPanel(windowId: number | undefined): Promise<void> {
  if (browser.sidePanel?.open && windowId !== undefined) {
    await browser.sidePanel.open({ windowId });
    return;
  }
  await sidebarAction()?.open();
}
