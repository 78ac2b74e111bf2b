import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { type RecordWatch, watchRecord } from '../../../lib/page-reader/in-page/record-watcher';
import type { PageContext } from '../../../lib/page-reader/page-context';

const recordHtml = (name: string, phone: string) =>
  `<main><h1>${name}</h1><dl><dt>Name</dt><dd>${name}</dd><dt>Phone</dt><dd>${phone}</dd></dl></main>`;

/** The page as the reader sees it at document_start: still being parsed. */
function pageIsLoading(loading: boolean): void {
  if (loading) Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  else Reflect.deleteProperty(document, 'readyState');
}

// Timers far in the future: only a read inside the DOM's own mutation callback can report anything.
const NO_TIMERS = { quietMs: 600_000, maxWaitMs: 600_000, pollMs: 600_000 };

describe('the reader registered at document_start, on a page still loading', () => {
  let watch: RecordWatch | undefined;
  afterEach(() => {
    watch?.stop();
    pageIsLoading(false);
    document.body.innerHTML = '';
    history.replaceState(null, '', '/');
  });

  it('pushes no empty record while the page is parsed, and the record as soon as the DOM shows it', async () => {
    history.replaceState(null, '', '/records/41');
    pageIsLoading(true);
    document.body.innerHTML = '<header><h5>Northwind CRM</h5></header>';
    const pushed: PageContext[] = [];
    watch = watchRecord(
      window,
      () => readPage(document),
      (context) => pushed.push(context),
      NO_TIMERS,
    );
    // The page so far (the app's banner) holds no record: nothing told yet.
    expect(pushed).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', recordHtml('Ada Lovelace', '(252) 460-7929'));
    await vi.waitFor(() => expect(pushed.at(-1)?.name).toBe('Ada Lovelace'));
    expect(pushed.every((context) => context.name === 'Ada Lovelace')).toBe(true);
    expect(pushed[0]?.phones[0]?.raw).toBe('(252) 460-7929');
  });

  it('tells the panel there is no record once the page is parsed, if none showed', async () => {
    history.replaceState(null, '', '/reports');
    pageIsLoading(true);
    document.body.innerHTML = '<p>Quarterly report</p>';
    const pushed: PageContext[] = [];
    watch = watchRecord(
      window,
      () => readPage(document),
      (context) => pushed.push(context),
      { quietMs: 0, maxWaitMs: 0 },
    );
    document.body.insertAdjacentHTML('beforeend', '<p>Welcome back</p>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pushed).toEqual([]);
    pageIsLoading(false);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await vi.waitFor(() => expect(pushed).toHaveLength(1));
    expect(pushed[0]?.name).toBeUndefined();
    expect(pushed[0]?.phones).toEqual([]);
  });
});
