// Follows an SPA CRM: routes change by history.pushState with no event and
// values arrive late. Registered at document_start, it also follows a page
// being loaded: the record is read the moment the parser or the CRM's own
// script puts it in the DOM, not when the page has finished loading. Every DOM change schedules a re-read after a short quiet
// spell (renders come in bursts of mutations), so the panel trails the CRM by
// one read and one message, not by a polling interval. Never reports the
// previous record's values under the new URL (record-identity.ts).
import type { PageContext } from '../page-context';
import { createSwitchGuard, isEmptyRecord, recordFingerprint, SETTLE_MS, settlingContext } from './record-identity';

export interface WatchOptions {
  /** Quiet time after the last DOM change before reading: one read per render burst. */
  quietMs?: number;
  /** Even under constant DOM churn (a ticking clock), read at least this often. */
  maxWaitMs?: number;
  /** Reads take at most this share of the page's time: a 9 ms read waits 27 ms before the next one. */
  maxBusyShare?: number;
  /** Fallback for route changes that change no DOM at all (a cheap string compare). */
  pollMs?: number;
  /** After a route change, how long an unchanged record is treated as stale before it is believed. */
  settleMs?: number;
}

type ReadRecord = () => PageContext;

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
  const { quietMs = 8, maxWaitMs = 50, maxBusyShare = 0.25, pollMs = 250, settleMs = SETTLE_MS } = options;
  const doc = win.document;
  const clock = () => win.performance.now();
  let lastUrl = win.location.href;
  let lastPushed = '';
  let shown: PageContext;
  const guard = createSwitchGuard(settleMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt = 0;
  /** Earliest time the next read may start (keeps reads under maxBusyShare of the page's time). */
  let nextReadAllowed = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const startedAt = clock();
  /**
   * Waiting for a record (an SPA switch under way, or nothing shown yet just after the page loaded):
   * the panel shows "loading", so read as soon as the DOM changes, before the page even paints.
   */
  const waiting = () => guard.isSwitching(clock()) || (isEmptyRecord(shown) && clock() - startedAt < settleMs);

  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    firstChangeAt = 0;
    checkUrl();
    const eager = waiting();
    const started = clock();
    const context = read();
    const took = clock() - started;
    // Reads take at most maxBusyShare of the page's time; while waiting for a record, up to half of it.
    nextReadAllowed = clock() + (eager ? took : took / maxBusyShare - took);
    if (guard.isSwitching(clock())) {
      // Still the old record (or nothing yet, or the CRM says it is busy): wait for the next DOM change.
      if (doc.querySelector('[aria-busy="true"]') || guard.refuses(context, clock())) return;
    } else guard.refuses(context, clock());
    // Registered at document_start, the reader reads while the page is still being parsed: no record yet is not news.
    if (isEmptyRecord(context) && doc.readyState === 'loading') return;
    shown = context;
    const key = `${context.url}\u0000${recordFingerprint(context)}`;
    if (key === lastPushed) return;
    lastPushed = key;
    push(context);
  };

  function schedule() {
    const now = clock();
    if (!firstChangeAt) firstChangeAt = now;
    clearTimeout(timer);
    const due = Math.max(Math.min(now + quietMs, firstChangeAt + maxWaitMs), nextReadAllowed);
    timer = setTimeout(run, Math.max(0, due - now));
  }

  function checkUrl() {
    const url = win.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    guard.leave(clock());
    // Tell the panel at once that the record is changing, so it drops the old one (no read needed for that).
    lastPushed = `${url}\u0000settling`;
    push(settlingContext({ ...shown, url, title: doc.title.slice(0, 300) }));
    // The new record may never differ from the old one (same customer): believe it once the window closes.
    clearTimeout(settleTimer);
    settleTimer = setTimeout(schedule, settleMs);
    schedule();
  }

  const observer = new MutationObserver((records) => {
    if (records.every(isPickerMutation)) return;
    checkUrl();
    // The DOM just changed, in the page's own task: read now when waiting for a record, else after a quiet spell.
    if (waiting() && clock() >= nextReadAllowed) run();
    else schedule();
  });
  // The document itself, not its root element: at document_start there may be no root element yet.
  observer.observe(doc, { childList: true, subtree: true, characterData: true });

  const onNavigate = () => {
    checkUrl();
    schedule();
  };
  win.addEventListener('popstate', onNavigate);
  // pushState fires no event, and the Navigation API's events are not seen in every
  // context a content script runs in: also compare location now and then (cheap).
  const poll = setInterval(() => win.location.href !== lastUrl && onNavigate(), pollMs);

  shown = read();
  guard.refuses(shown, clock());
  if (isEmptyRecord(shown) && doc.readyState === 'loading') {
    // document_start: the record is pushed the moment the DOM shows it (the observer reads as the page is built);
    // if none has shown once the page is parsed, the panel is told so then.
    doc.addEventListener('DOMContentLoaded', schedule, { once: true });
  } else {
    lastPushed = `${shown.url}\u0000${recordFingerprint(shown)}`;
    push(shown);
  }

  return {
    stop() {
      observer.disconnect();
      win.removeEventListener('popstate', onNavigate);
      doc.removeEventListener('DOMContentLoaded', schedule);
      clearInterval(poll);
      clearTimeout(timer);
      clearTimeout(settleTimer);
    },
    isSettling: () => {
      // A read can arrive before any navigation event or mutation told us the URL moved on
      // (the panel reacts to the tab's own update event): look at the URL first.
      checkUrl();
      return guard.isSwitching(clock());
    },
  };
}
