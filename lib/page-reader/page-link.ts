import { browser } from 'wxt/browser';
import { PANEL_TO_PAGE_CANCEL_PICK, PANEL_TO_PAGE_PICK_FIELD, PANEL_TO_PAGE_READ } from '../messaging/message-types';
import { fail, type PageResponse, type PanelToPage, parsePageResponse, type Result } from '../messaging/protocol';
import type { FieldMapping } from './page-context';

/** The built page reader, injected on demand (activeTab) or registered per enabled site. */
export const PAGE_READER_FILE = '/content-scripts/crm.js';
const REGISTRATION_PREFIX = 'callside-reader:';

/**
 * The tab the panel works beside. In the side panel that is the active tab of
 * its window; when the panel page is open in a tab itself (popped out, tests),
 * it is the most recently used other web tab of that window.
 */
export async function findCrmTab(): Promise<{ id: number; windowId: number; url?: string } | undefined> {
  const self = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query(self ? { windowId: self.windowId } : { active: true, lastFocusedWindow: true });
  const candidates = tabs
    .filter((tab) => tab.id !== undefined && tab.id !== self?.id && !tab.url?.startsWith(browser.runtime.getURL('/')))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const tab = candidates[0];
  // tab.url is known only where the extension has access (enabled site, activeTab).
  return tab?.id === undefined ? undefined : { id: tab.id, windowId: tab.windowId, url: tab.url };
}

async function sendToPage<T extends PanelToPage['type']>(
  tabId: number,
  request: Extract<PanelToPage, { type: T }>,
): Promise<Result<PageResponse<T>>> {
  // frameId 0: only the top frame's reader answers (it reads same-origin iframes itself).
  const response: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  return parsePageResponse(request.type as T, response);
}

/**
 * Asks the tab's page reader for the record on screen, injecting the reader
 * first when it is not there yet (allowed by activeTab or an enabled site).
 */
export async function readTab(tabId: number, mappings?: FieldMapping[]): Promise<Result<PageResponse<'panel-to-page:read'>>> {
  const request = { type: PANEL_TO_PAGE_READ, mappings } as const;
  try {
    return await sendToPage(tabId, request);
  } catch {
    // No reader in the tab yet: inject it once, then ask again.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] });
    return await sendToPage(tabId, request);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Runs the field picker on the tab; resolves when the rep clicks a value or cancels. */
export async function pickFieldOnTab(tabId: number, hint: string): Promise<Result<PageResponse<'panel-to-page:pick-field'>>> {
  try {
    await sendToPage(tabId, { type: 'panel-to-page:ping' });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] }).catch(() => undefined);
  }
  try {
    return await sendToPage(tabId, { type: PANEL_TO_PAGE_PICK_FIELD, hint });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export async function cancelPickOnTab(tabId: number): Promise<void> {
  await sendToPage(tabId, { type: PANEL_TO_PAGE_CANCEL_PICK }).catch(() => undefined);
}

/** `https://crm.example.com/a/b` -> `https://crm.example.com/*` */
export function originPattern(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return undefined;
  }
}

export async function isSiteEnabled(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_PREFIX + pattern] });
  return registered.length > 0;
}

/**
 * Asks for this origin only (must run inside a click handler), then registers
 * the page reader there so it runs on every page load of that CRM.
 */
export async function enableSite(url: string): Promise<Result<string>> {
  const pattern = originPattern(url);
  if (!pattern) return fail('not a web page');
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return fail('permission denied');
  const id = REGISTRATION_PREFIX + pattern;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    // Top frame only: it reads same-origin iframes itself, and cross-origin ones are not the CRM's record.
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [PAGE_READER_FILE.slice(1)], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  }
  return { ok: true, value: pattern };
}

export async function disableSite(url: string): Promise<void> {
  const pattern = originPattern(url);
  if (!pattern) return;
  const id = REGISTRATION_PREFIX + pattern;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [pattern] });
}
