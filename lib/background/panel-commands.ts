import { browser } from 'wxt/browser';
import { openPanelFromGesture } from './panel-behaviour';

/** Keyboard commands the panel acts on (declared in wxt.config.ts). */
export const PANEL_COMMANDS = ['focus-objection-search', 'start-call'] as const;
/** Firefox's own command for the sidebar grants no activeTab, so it opens through this one (Chrome uses `_execute_action`). */
export const OPEN_PANEL_COMMAND = 'open-panel';
export type PanelCommand = (typeof PANEL_COMMANDS)[number];
export const PENDING_COMMAND_KEY = 'pendingPanelCommand';
export const BACKGROUND_TO_PANEL_COMMAND = 'background-to-panel:command';

const isPanelCommand = (command: string): command is PanelCommand => (PANEL_COMMANDS as readonly string[]).includes(command);

/**
 * A command opens the panel, then hands the command over. The panel may still
 * be loading, so it is also parked in session storage for the panel to collect.
 */
export function registerPanelCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND) {
      openPanelFromGesture(tab);
      return;
    }
    if (!isPanelCommand(command)) return;
    // The panel opens synchronously inside the gesture, before any await (see openPanelFromGesture).
    openPanelFromGesture(tab);
    const handOver = { command, at: Date.now() };
    void browser.storage.session.set({ [PENDING_COMMAND_KEY]: handOver });
    // After the read nudge: the panel may be loading, so it also collects the parked command.
    setTimeout(() => void browser.runtime.sendMessage({ type: BACKGROUND_TO_PANEL_COMMAND, ...handOver }).catch(() => undefined), 0);
  });
}

/** Panel side: the command parked while it was opening, if it is fresh. */
export async function takePendingCommand(maxAgeMs = 5000): Promise<PanelCommand | undefined> {
  const stored = await browser.storage.session.get(PENDING_COMMAND_KEY);
  const pending = stored[PENDING_COMMAND_KEY] as { command?: string; at?: number } | undefined;
  if (!pending?.command) return undefined;
  await browser.storage.session.remove(PENDING_COMMAND_KEY);
  if (Date.now() - (pending.at ?? 0) > maxAgeMs || !isPanelCommand(pending.command)) return undefined;
  return pending.command;
}
