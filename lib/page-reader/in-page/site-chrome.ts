// Texts a site shows on every record (its own name, section titles) are never
// the customer's name. The reader learns them as the rep moves between records
// in this tab: a text offered as a name on two records about different people
// is the site's, not a customer's. Kept in memory for this page's session only.
import type { PageContext } from '../page-context';
import { recordIdentity } from './record-identity';

const MAX_TEXTS = 500;

export interface SiteChrome {
  /** Texts learnt so far (what readPage's `siteChrome` option takes). */
  readonly texts: ReadonlySet<string>;
  /** Records the name candidates of one read, with who the read was about. */
  learn(nameCandidates: readonly string[], context: PageContext): void;
}

/** Who a read is about, name aside (the name is what is being judged): numbers and emails, else the URL. */
function personKey(context: PageContext): string | undefined {
  return context.phones.length || context.emails.length ? recordIdentity({ ...context, name: undefined }) : undefined;
}

export function createSiteChrome(): SiteChrome {
  const texts = new Set<string>();
  const seenOn = new Map<string, string>();
  return {
    texts,
    learn(nameCandidates, context) {
      const person = personKey(context);
      if (!person || context.settling) return;
      for (const text of new Set(nameCandidates)) {
        if (texts.has(text)) continue;
        const first = seenOn.get(text);
        if (first === undefined) {
          if (seenOn.size < MAX_TEXTS) seenOn.set(text, person);
        } else if (first !== person) {
          texts.add(text);
          seenOn.delete(text);
        }
      }
    },
  };
}
