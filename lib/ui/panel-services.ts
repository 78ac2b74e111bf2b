import { browser } from 'wxt/browser';
import { BACKGROUND_TO_PANEL_READ, openPanelShortcut } from '../background/panel-behaviour';
import { BACKGROUND_TO_PANEL_COMMAND, type PanelCommand, PENDING_COMMAND_KEY, takePendingCommand } from '../background/panel-commands';
import { type SaveWorker, startSaveWorker } from '../calls/save-worker-client';
import { CommandRegistry } from '../commands/registry';
import { getDatabase } from '../db/database';
import { parseBackgroundMessage, parsePageMessage, type Result } from '../messaging/protocol';
import type { PageContext, PickedField } from '../page-reader/page-context';
import {
  cancelPickOnTab,
  disableSite,
  enableCurrentSite,
  enableSite,
  findCrmTab,
  isSiteEnabled,
  pickFieldOnTab,
  readTab,
} from '../page-reader/page-link';
import { mappingsForUrl } from '../page-reader/site-mappings';
import type { AppServices } from '../services/app-services';

/**
 * Everything the panel's components need from the outside world: the shared
 * AppServices (db for the repository functions, now(), browserLanguage) plus
 * the panel's browser glue. Components receive it as a prop, so component
 * tests hand in fakes instead of mocking browser APIs, and the real
 * implementation below is the only browser glue.
 */
export interface PanelServices extends AppServices {
  commands: CommandRegistry;
  /** Reads the record on the CRM tab beside the panel. */
  readCrmPage(): Promise<Result<PageContext>>;
  /** Called with every record the page reader pushes (SPA navigation, late values). */
  onPageContext(listener: (context: PageContext) => void): () => void;
  /**
   * Called when the panel must read again: 'new-page' when another tab is
   * active, the tab starts loading a page, or the rep granted the tab;
   * 'loaded' when the tab's page finished loading (the reader started at
   * document_start may already have shown this page's record).
   */
  onCrmTabChanged(listener: (change: 'new-page' | 'loaded') => void): () => void;
  /** Starts the field picker on the CRM tab; resolves with the element the rep clicked (error 'cancelled' on Escape). */
  pickField(hint: string): Promise<Result<PickedField>>;
  cancelPickField(): Promise<void>;
  isSiteEnabled(url: string): Promise<boolean>;
  enableSite(url: string): Promise<Result<string>>;
  disableSite(url: string): Promise<void>;
  /** From a click in the panel, with no earlier read: asks for the current CRM site (error 'asked-in-menu': in Chrome's Extensions menu). */
  enableCurrentSite(): Promise<Result<string>>;
  /** The shortcut that opens the panel on a tab and lets it read it ('' when none is set). */
  openPanelShortcut(): Promise<string>;
  onPanelCommand(listener: (command: PanelCommand) => void): () => void;
  openDashboard(): void;
  openOptions(): void;
  copyText(text: string): Promise<void>;
  /**
   * The panel's save worker (lib/calls/save-worker.ts), started on first ask:
   * Save call's database work on a thread of its own. Absent (component tests),
   * the save runs in the page.
   */
  saveWorker?(): SaveWorker;
}

export function createBrowserPanelServices(): PanelServices {
  let crmTabId: number | undefined;
  let saveWorker: SaveWorker | undefined;
  const db = getDatabase();
  return {
    db,
    saveWorker: () => {
      saveWorker ??= startSaveWorker(db);
      return saveWorker;
    },
    browserLanguage: navigator.language,
    commands: new CommandRegistry(),
    async readCrmPage() {
      const tab = await findCrmTab();
      if (!tab) return { ok: false, error: { code: 'no-tab' } };
      crmTabId = tab.id;
      // The reader gets the site's mappings with the read (it never opens the database).
      const known = tab.url ? await mappingsForUrl(tab.url) : undefined;
      const result = await readTab(tab.id, known);
      if (!result.ok || known) return result;
      const mappings = await mappingsForUrl(result.value.url);
      return mappings.length > 0 || result.value.mappingsApplied ? readTab(tab.id, mappings) : result;
    },
    async pickField(hint) {
      const tab = await findCrmTab();
      if (!tab) return { ok: false, error: { code: 'no-tab' } };
      crmTabId = tab.id;
      return pickFieldOnTab(tab.id, hint);
    },
    async cancelPickField() {
      if (crmTabId !== undefined) await cancelPickOnTab(crmTabId);
    },
    onPageContext(listener) {
      const handle = (message: unknown, sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1]) => {
        const parsed = parsePageMessage(message, sender, browser.runtime.id);
        // Only the tab beside the panel counts; other tabs' readers are ignored.
        if (parsed.ok && (crmTabId === undefined || parsed.value.tabId === crmTabId)) listener(parsed.value.context);
        return false;
      };
      browser.runtime.onMessage.addListener(handle);
      return () => browser.runtime.onMessage.removeListener(handle);
    },
    onCrmTabChanged(listener) {
      const onActivated = () => listener('new-page');
      // The toolbar button or shortcut granted the tab (lib/background/panel-behaviour.ts).
      const onGranted = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
        const parsed = parseBackgroundMessage(message, sender, browser.runtime.id);
        if (parsed.ok && parsed.value.type === BACKGROUND_TO_PANEL_READ) listener('new-page');
        return false;
      };
      browser.runtime.onMessage.addListener(onGranted);
      const onUpdated = (tabId: number, change: { status?: string }) => {
        if (crmTabId !== undefined && tabId !== crmTabId) return;
        if (change.status === 'loading') listener('new-page');
        else if (change.status === 'complete') listener('loaded');
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.runtime.onMessage.removeListener(onGranted);
      };
    },
    isSiteEnabled,
    enableSite,
    disableSite,
    enableCurrentSite,
    openPanelShortcut,
    onPanelCommand(listener) {
      void takePendingCommand().then((command) => command && listener(command));
      const handle = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
        const parsed = parseBackgroundMessage(message, sender, browser.runtime.id);
        if (parsed.ok && parsed.value.type === BACKGROUND_TO_PANEL_COMMAND) {
          void browser.storage.session.remove(PENDING_COMMAND_KEY);
          listener(parsed.value.command);
        }
        return false;
      };
      browser.runtime.onMessage.addListener(handle);
      return () => browser.runtime.onMessage.removeListener(handle);
    },
    openDashboard() {
      void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    now: () => Date.now(),
  };
}
