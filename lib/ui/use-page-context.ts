import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createSwitchGuard, SETTLE_MS, settlingContext } from '../page-reader/in-page/record-identity';
import type { PageContext } from '../page-reader/page-context';

import { mappingsForUrl } from '../page-reader/site-mappings';
import type { PanelServices } from './panel-services';

export type PageState =
  | { status: 'reading' }
  | { status: 'ready'; context: PageContext; siteEnabled: boolean }
  | { status: 'unavailable'; reason: string };

/**
 * Keeps the panel's view of the CRM record current: reads on open, when the
 * tab changes, and whenever the page reader pushes a new record. A pushed
 * record with `settling` set means the SPA is between records: the card shows
 * "loading", never the previous record's values.
 */
export function usePageContext(services: PanelServices): { page: PageState; refresh(): void } {
  const [page, setPage] = useState<PageState>({ status: 'reading' });
  // A slow read must not overwrite a newer one (fast record switching).
  const generation = useRef(0);
  // The previous record's values must not come back under the new URL (the rule the page reader applies too).
  const switchGuard = useRef(createSwitchGuard());

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    void services.readCrmPage().then(async (result) => {
      if (mine !== generation.current) return;
      if (!result.ok) {
        setPage({ status: 'unavailable', reason: result.error.code });
        return;
      }
      const siteEnabled = await services.isSiteEnabled(result.value.url).catch(() => false);
      if (mine !== generation.current) return;
      // Still the old record under the new URL: keep showing the switch, and look again shortly.
      const context = switchGuard.current.refuses(result.value, Date.now()) ? settlingContext(result.value) : result.value;
      if (context.settling && !result.value.settling) setTimeout(refresh, SETTLE_MS);
      setPage({ status: 'ready', context, siteEnabled });
    });
  }, [services]);

  useEffect(() => {
    refresh();
    const stopPush = services.onPageContext((pushed) => {
      generation.current++;
      const leftRecord = switchGuard.current.refuses(pushed, Date.now());
      const context = leftRecord ? settlingContext(pushed) : pushed;
      // The same customer may really be under the new URL (list → detail): look again once the switch window closes.
      if (leftRecord) setTimeout(refresh, SETTLE_MS);
      setPage((previous) => ({
        status: 'ready',
        context,
        siteEnabled: previous.status === 'ready' ? previous.siteEnabled : false,
      }));
      void (async () => {
        // A reader that just loaded has not got this site's mappings yet: read again with them, if the site has any.
        if (!context.mappingsApplied && !context.settling && (await mappingsForUrl(context.url, services.db)).length > 0) {
          refresh();
          return;
        }
        const siteEnabled = await services.isSiteEnabled(context.url);
        setPage((current) => (current.status === 'ready' && current.context === context ? { ...current, siteEnabled } : current));
      })().catch(() => undefined);
    });
    const stopTab = services.onCrmTabChanged((change) => {
      // Another tab or a new page: the old record must not linger while the new one is read.
      // A page that finished loading keeps what it shows (its own record, read while it parsed) and is read again.
      if (change === 'new-page') setPage({ status: 'reading' });
      refresh();
    });
    return () => {
      stopPush();
      stopTab();
    };
  }, [services, refresh]);

  return { page, refresh };
}
