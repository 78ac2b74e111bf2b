// The page reader's life on a CRM page: answers the panel's requests, keeps
// the panel's site mappings for its own re-reads, and follows SPA navigation.
// No Zod here (page size budget): requests are checked by hand, and the
// extension side validates every answer.

import type { FieldMapping, PageContext } from '../page-context';
import { cancelPicker, pickField } from './field-picker';
import { readPage } from './read-page';
import { settlingContext } from './record-identity';
import { type RecordWatch, watchRecord } from './record-watcher';
import { createSiteChrome } from './site-chrome';

export interface PageAgentMessaging {
  onRequest(handler: (message: unknown, respond: (response: unknown) => void) => boolean): void;
  push(message: unknown): void;
}

function validMappings(value: unknown): FieldMapping[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(
      (item): item is FieldMapping =>
        !!item &&
        typeof item.field === 'string' &&
        typeof item.selector === 'string' &&
        typeof item.pathPattern === 'string' &&
        (item.labelAnchor === undefined || typeof item.labelAnchor === 'string'),
    )
    .slice(0, 200);
}

export function startPageAgent(
  win: Window,
  messaging: PageAgentMessaging,
  types: { read: string; ping: string; pick: string; cancelPick: string; changed: string },
): void {
  let mappings: FieldMapping[] | undefined;
  const siteChrome = createSiteChrome();
  const read = () => {
    let nameCandidates: string[] = [];
    const context = readPage(win.document, {
      mappings,
      mappingsApplied: mappings !== undefined,
      siteChrome: siteChrome.texts,
      onNameCandidates: (texts) => {
        nameCandidates = texts;
      },
    });
    siteChrome.learn(nameCandidates, context);
    return context;
  };
  let watch: RecordWatch | undefined;
  /** What the panel may see now: during an SPA route change, "settling" rather than the old record under the new URL. */
  const readForPanel = (): PageContext => {
    const context = read();
    return watch?.isSettling() ? settlingContext(context) : context;
  };
  messaging.onRequest((message, respond) => {
    const request = (message ?? {}) as { type?: unknown; mappings?: unknown; hint?: unknown };
    switch (request.type) {
      case types.ping:
        respond({ ok: true, value: 'pong' });
        return false;
      case types.read:
        mappings = validMappings(request.mappings) ?? mappings;
        respond({ ok: true, value: readForPanel() });
        return false;
      case types.pick:
        void pickField(win.document, String(request.hint ?? '').slice(0, 200)).then(respond);
        return true; // answers later, when the rep clicks
      case types.cancelPick:
        cancelPicker();
        respond({ ok: true, value: 'cancelled' });
        return false;
      default:
        return false;
    }
  });
  watch = watchRecord(win, read, (context) => messaging.push({ type: types.changed, context }));
}
