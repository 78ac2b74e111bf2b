// Follows an SPA CRM: routes change by history.pushState with no event and
// values arrive late. Re-reads on navigation (Navigation API where present,
// else polling location, never patching the page's history) and on DOM
// changes (debounced), and never reports the previous record's values under
// the new URL.
import type { PageContext } from './page-context';

export interface WatchOptions {
  debounceMs?: number;
  /** Even under constant DOM churn (a ticking clock), read at least this often. */
  maxWaitMs?: number;
  pollMs?: number;
  /** After a route change, how long an unchanged record is treated as stale before it is believed. */
  settleMs?: number;
}

type ReadRecord = () => PageContext;

/** The record with every customer value dropped: what the panel shows while an SPA switches records. */
export function settlingContext(context: PageContext): PageContext {
  return {
    ...context,
    name: undefined,
    company: undefined,
    status: undefined,
    phones: [],
    emails: [],
    fields: [],
    mapped: {},
    settling: true,
  };
}

/** What identifies the record on screen, URL aside. */
export function recordFingerprint(context: PageContext): string {
  return JSON.stringify([
    context.name,
    context.company,
    context.status,
    context.phones.map((phone) => phone.raw),
    context.emails,
    context.mapped,
  ]);
}

const isEmptyRecord = (context: PageContext) => !context.name && context.phones.length === 0 && context.emails.length === 0;

/** The field picker's own overlay coming and going is not a page change. */
function isPickerMutation(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => (node as Element).id?.startsWith('callside-'));
}

export interface RecordWatch {
  stop(): void;
  /** True between a route change and the new record appearing: a read now would show the old record. */
  isSettling(): boolean;
}

export function watchRecord(win: Window, read: ReadRecord, push: (context: PageContext) => void, options: WatchOptions = {}): RecordWatch {
  const { debounceMs = 200, maxWaitMs = 1000, pollMs = 400, settleMs = 3000 } = options;
  const doc = win.document;
  let lastUrl = win.location.href;
  let lastPushed = '';
  let lastRecord = '';
  /** Set after a route change: the fingerprint of the record we left, and when. */
  let leaving: { fingerprint: string; at: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstScheduledAt = 0;

  const run = () => {
    timer = undefined;
    firstScheduledAt = 0;
    checkUrl();
    const context = read();
    const fingerprint = recordFingerprint(context);
    if (leaving) {
      const waited = Date.now() - leaving.at;
      const stillOld = fingerprint === leaving.fingerprint || isEmptyRecord(context) || doc.querySelector('[aria-busy="true"]') !== null;
      if (stillOld && waited < settleMs) {
        schedule(Math.min(settleMs - waited, 500));
        return;
      }
      leaving = undefined;
    }
    lastRecord = fingerprint;
    const key = `${context.url}\u0000${fingerprint}`;
    if (key === lastPushed) return;
    lastPushed = key;
    push(context);
  };

  function schedule(delay = debounceMs) {
    const now = Date.now();
    if (!firstScheduledAt) firstScheduledAt = now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(delay, firstScheduledAt + maxWaitMs - now)));
  }

  function checkUrl() {
    const url = win.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    leaving = { fingerprint: lastRecord, at: Date.now() };
    // Tell the panel at once that the record is changing, so it drops the old one.
    const blank = settlingContext(read());
    lastPushed = `${url}\u0000settling`;
    push(blank);
    schedule();
  }

  const observer = new MutationObserver((records) => {
    if (records.every(isPickerMutation)) return;
    checkUrl();
    schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  const onNavigate = () => {
    checkUrl();
    schedule();
  };
  navigation?.addEventListener('currententrychange', onNavigate);
  win.addEventListener('popstate', onNavigate);
  // pushState fires no event, and the Navigation API's events are not seen in every
  // context a content script runs in: also compare location now and then (cheap).
  const poll = setInterval(() => win.location.href !== lastUrl && onNavigate(), pollMs);

  const initial = read();
  lastRecord = recordFingerprint(initial);
  lastPushed = `${initial.url}\u0000${lastRecord}`;
  push(initial);

  return {
    stop() {
      observer.disconnect();
      navigation?.removeEventListener('currententrychange', onNavigate);
      win.removeEventListener('popstate', onNavigate);
      clearInterval(poll);
      if (timer) clearTimeout(timer);
    },
    isSettling: () => {
      // A read can arrive before any navigation event or mutation told us the URL moved on
      // (the panel reacts to the tab's own update event): look at the URL first.
      checkUrl();
      return leaving !== undefined && Date.now() - leaving.at < settleMs;
    },
  };
}
