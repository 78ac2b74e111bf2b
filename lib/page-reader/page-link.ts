import { browser } from 'wxt/browser';
import { PANEL_TO_PAGE_CANCEL_PICK, PANEL_TO_PAGE_PICK_FIELD, PANEL_TO_PAGE_READ } from '../messaging/message-types';
import { fail, type PageResponse, type PanelToPage, parsePageResponse, type Result } from '../messaging/protocol';
import type { FieldMapping } from './page-context';
import { classifyReadFailure } from './read-errors';

import { PAGE_READER_FILE, REGISTRATION_PREFIX, registerReader } from './reader-registration';

/** The field picker, injected on demand (it answers the pick and cancel requests). */
export const FIELD_PICKER_FILE = '/content-scripts/crm-picker.js';

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

/** How long a reader that is there may take to answer before the panel says it is not answering. */
const READER_ANSWER_MS = 4000;

async function sendToPage<T extends PanelToPage['type']>(
  tabId: number,
  request: Extract<PanelToPage, { type: T }>,
  answerWithinMs?: number,
): Promise<Result<PageResponse<T>>> {
  // frameId 0: only the top frame's reader answers (it reads same-origin iframes itself).
  const sending: Promise<unknown> = browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<'silent'>((resolve) => {
    if (answerWithinMs !== undefined) timer = setTimeout(() => resolve('silent'), answerWithinMs);
  });
  const response = await Promise.race([sending, silence]).finally(() => clearTimeout(timer));
  if (response === 'silent') return fail('not-answering');
  return parsePageResponse(request.type as T, response);
}

/** The browser's refusal, as a code the panel explains (see read-errors.ts). */
async function injectionFailure(tabId: number, error: unknown): Promise<string> {
  const reason = error instanceof Error ? error.message : String(error);
  const failure = classifyReadFailure(reason);
  if (failure !== 'other' && failure !== 'no-access') return failure;
  // A tab that is still loading refuses scripts too; that one only needs a moment.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return 'no-tab';
  if (tab.status === 'loading') return 'loading';
  return failure === 'no-access' ? 'no-access' : reason;
}

/**
 * Asks the tab's page reader for the record on screen, injecting the reader
 * first when it is not there yet (allowed by activeTab or an enabled site).
 * Errors are read-errors codes, or the browser's own words when unknown.
 */
export async function readTab(tabId: number, mappings?: FieldMapping[]): Promise<Result<PageResponse<'panel-to-page:read'>>> {
  const request = { type: PANEL_TO_PAGE_READ, mappings } as const;
  try {
    return await sendToPage(tabId, request, READER_ANSWER_MS);
  } catch {
    // No reader in the tab yet: inject it once, then ask again.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] });
  } catch (error) {
    return fail(await injectionFailure(tabId, error));
  }
  try {
    return await sendToPage(tabId, request, READER_ANSWER_MS);
  } catch {
    return fail('not-answering');
  }
}

/** Runs the field picker on the tab; resolves when the rep clicks a value or cancels. */
export async function pickFieldOnTab(tabId: number, hint: string): Promise<Result<PageResponse<'panel-to-page:pick-field'>>> {
  // The picker is its own script, injected when the rep asks to map a field: it stays out of the page reader's size.
  await browser.scripting.executeScript({ target: { tabId }, files: [FIELD_PICKER_FILE] }).catch(() => undefined);
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

async function finishEnable(asking: Promise<boolean>, pattern: string): Promise<Result<string>> {
  const granted = await asking.catch(() => false);
  if (!granted) return fail('denied');
  await registerReader(pattern);
  return { ok: true, value: pattern };
}

/**
 * Asks for this origin only (must run inside a click handler), then registers
 * the page reader there. `permissions.request` is the first call, before any
 * await: Firefox accepts it only synchronously inside the click.
 */
export function enableSite(url: string): Promise<Result<string>> {
  const pattern = originPattern(url);
  if (!pattern) return Promise.resolve(fail('restricted'));
  return finishEnable(browser.permissions.request({ origins: [pattern] }), pattern);
}

/** Chrome 133+: a site access request shown in the browser's own Extensions menu. */
type HostAccessRequest = (request: { tabId: number }) => Promise<void>;
const hostAccessRequest = (): HostAccessRequest | undefined =>
  (browser.permissions as unknown as { addHostAccessRequest?: HostAccessRequest }).addHostAccessRequest;

/**
 * "Enable on this site" when the panel does not know the tab's address (no
 * earlier read). A click in the panel grants no activeTab (measured in
 * Chromium: not even through sidePanel.open), so the origin to ask for is
 * unknown. Chrome then shows the request in its Extensions menu, where one
 * click allows the site; the background registers the reader when the grant
 * arrives (registerSiteGrants) and the panel reads. Error 'asked-in-menu'
 * means that request is now waiting for the rep.
 */
export async function enableCurrentSite(): Promise<Result<string>> {
  const tab = await findCrmTab();
  if (!tab) return fail('no-tab');
  if (tab.url) {
    const pattern = originPattern(tab.url);
    if (!pattern) return fail('restricted');
    return finishEnable(browser.permissions.request({ origins: [pattern] }), pattern);
  }
  const request = hostAccessRequest();
  if (!request) return fail('no-access');
  try {
    await request({ tabId: tab.id });
    return fail('asked-in-menu');
  } catch (error) {
    // Chrome refuses a request for a page no extension may have (browser pages).
    return fail(classifyReadFailure(error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Background: whatever way the rep granted a site (the panel's prompt, the
 * Extensions menu), the page reader is registered there and an open panel reads.
 */
export function registerSiteGrants(onGranted: () => void): void {
  browser.permissions.onAdded.addListener((added) => {
    const patterns = (added.origins ?? []).filter((origin) => /^https?:\/\//.test(origin));
    if (patterns.length === 0) return;
    void Promise.all(patterns.map((pattern) => registerReader(pattern).catch(() => undefined))).then(onGranted);
  });
}

export async function disableSite(url: string): Promise<void> {
  const pattern = originPattern(url);
  if (!pattern) return;
  const id = REGISTRATION_PREFIX + pattern;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [pattern] });
}
