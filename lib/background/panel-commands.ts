import { browser } from 'wxt/browser';
import { openPanel } from './panel-behaviour';

/** Keyboard commands the panel acts on (declared in wxt.config.ts). */
export const PANEL_COMMANDS = ['focus-objection-search', 'start-call'] as const;
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
    if (!isPanelCommand(command)) return;
    // open() must run synchronously inside the gesture, before any await.
    const opening = openPanel(tab?.windowId).catch(() => undefined);
    const handOver = { command, at: Date.now() };
    void browser.storage.session.set({ [PENDING_COMMAND_KEY]: handOver });
    void opening.then(() => browser.runtime.sendMessage({ type: BACKGROUND_TO_PANEL_COMMAND, ...handOver }).catch(() => undefined));
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
