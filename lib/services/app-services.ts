// The one contract between Callside's pages (side panel, dashboard, options)
// and the outside world. Components receive it as a prop and never reach past
// it: no component opens the database, reads a Dexie table, calls Date.now()
// or new Date(), or touches a browser API (tests/unit/foundation/architecture.test.ts).
//
// - `db`: the database the repository functions of lib/<domain>/ take as their
//   parameter. Components hand it to those functions (listOutcomes(db)); they
//   never read a table themselves.
// - `now()`: the page's clock (lib/calendar Clock), pinned in tests.
// - `browserLanguage`: navigator.language, for the 'auto' language setting.
// Each page adds the browser glue it needs: the side panel's is PanelServices
// (lib/ui/panel-services.ts); the dashboard and options pages need none beyond this.
import { type Clock, systemClock } from '../calendar';
import { type CallsideDatabase, getDatabase } from '../db/database';

export interface AppServices extends Clock {
  db: CallsideDatabase;
  browserLanguage: string;
  /** Puts text on the clipboard (the meeting brief's "Copy as text"); absent where a page cannot. */
  copyText?(text: string): Promise<void>;
}

/** "Now" on the page's clock; the system clock where a caller (an older test) passes none. */
export const nowOf = (clock?: Clock): number => (clock ?? systemClock).now();

/** The real services of an extension page. */
export function createBrowserAppServices(clock: Clock = systemClock): AppServices {
  return {
    db: getDatabase(),
    browserLanguage: navigator.language,
    now: () => clock.now(),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
