// The page reader's registration on the CRM sites a rep enabled. Registered
// content scripts persist across browser restarts and extension updates, so a
// change to how the reader is registered (its file, when it runs) reaches the
// sites enabled under an older version only through migrateReaderRegistrations,
// which the background runs at every start.
import { type Browser, browser } from 'wxt/browser';

/** The built page reader (entrypoints/page-reader.ts), injected on demand (activeTab) or registered per enabled site. */
export const PAGE_READER_FILE = '/page-reader.js';
export const REGISTRATION_PREFIX = 'callside-reader:';

/**
 * At document_start the reader is on the page before the CRM's own scripts:
 * it watches the DOM being built and reads the record the moment it appears
 * (record-watcher.ts), instead of waiting for the page to finish loading.
 */
const RUN_AT = 'document_start' as const;

type Registration = Browser.scripting.RegisteredContentScript;

/** Top frame only: it reads same-origin iframes itself, and cross-origin ones are not the CRM's record. */
export const readerRegistration = (pattern: string): Registration => ({
  id: REGISTRATION_PREFIX + pattern,
  matches: [pattern],
  js: [PAGE_READER_FILE.slice(1)],
  runAt: RUN_AT,
  allFrames: false,
  persistAcrossSessions: true,
});

/** Registers the page reader on a granted origin, so it runs on every page load of that CRM. */
export async function registerReader(pattern: string): Promise<void> {
  const registration = readerRegistration(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [registration.id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([registration]).catch(async (error: unknown) => {
    // The panel and the background's grant listener may register the same site at once.
    if ((await browser.scripting.getRegisteredContentScripts({ ids: [registration.id] })).length === 0) throw error;
  });
}

/** A registration made by an older version: another file, another moment, or all frames. */
const isStale = (script: Registration): boolean =>
  script.runAt !== RUN_AT || script.js?.join() !== PAGE_READER_FILE.slice(1) || script.allFrames === true;

/**
 * Brings every reader registration of an older version to the current one:
 * updateContentScripts where the browser has it (Chrome 96+, Firefox 105+),
 * else (or if it refuses) unregistering and registering again, site by site.
 * Returns how many sites were migrated.
 */
export async function migrateReaderRegistrations(): Promise<number> {
  const stale = (await browser.scripting.getRegisteredContentScripts()).filter(
    (script) => script.id.startsWith(REGISTRATION_PREFIX) && isStale(script),
  );
  if (stale.length === 0) return 0;
  const patterns = stale.map((script) => script.id.slice(REGISTRATION_PREFIX.length));
  try {
    await browser.scripting.updateContentScripts(
      // Only what changes: the site's match pattern and persistence stay as the rep left them.
      patterns.map((pattern) => ({ id: REGISTRATION_PREFIX + pattern, js: [PAGE_READER_FILE.slice(1)], runAt: RUN_AT, allFrames: false })),
    );
  } catch {
    for (const pattern of patterns) {
      await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_PREFIX + pattern] }).catch(() => undefined);
      await registerReader(pattern);
    }
  }
  return stale.length;
}
