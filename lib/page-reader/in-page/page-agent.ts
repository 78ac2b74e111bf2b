// The page reader's life on a CRM page: answers the panel's reads, keeps
// the panel's site mappings for its own re-reads, and follows SPA navigation.
// The field picker is a separate script (picker-agent.ts), injected on demand.
// No Zod here (page size budget): requests are checked by hand, and the
// extension side validates every answer.

import type { FieldMapping, PageContext } from '../page-context';
import { readPage } from './read-page';
import { settlingContext } from './record-identity';
import { type RecordWatch, watchRecord } from './record-watcher';
import { createSiteChrome } from './site-chrome';

export interface PageAgentMessaging {
  onRequest(handler: (message: unknown, respond: (response: unknown) => void) => boolean): void;
  push(message: unknown): void;
}

function validMappings(value: unknown): FieldMapping[] | undefined {
  const isText = (text: unknown) => typeof text === 'string';
  return Array.isArray(value)
    ? value
        .filter(
          (item): item is FieldMapping =>
            isText(item?.field) && isText(item.selector) && isText(item.pathPattern) && isText(item.labelAnchor ?? ''),
        )
        .slice(0, 200)
    : undefined;
}

export function startPageAgent(win: Window, messaging: PageAgentMessaging, types: { read: string; ping: string; changed: string }): void {
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
    const request = (message ?? {}) as { type?: unknown; mappings?: unknown };
    switch (request.type) {
      case types.ping:
        respond({ ok: true, value: 'pong' });
        return false;
      case types.read:
        mappings = validMappings(request.mappings) ?? mappings;
        respond({ ok: true, value: readForPanel() });
        return false;
      default:
        return false;
    }
  });
  watch = watchRecord(win, read, (context) => messaging.push({ type: types.changed, context }));
}
