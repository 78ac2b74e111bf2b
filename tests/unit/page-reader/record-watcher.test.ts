import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { type RecordWatch, watchRecord } from '../../../lib/page-reader/in-page/record-watcher';
import type { PageContext } from '../../../lib/page-reader/page-context';

// The watcher's quiet, settle and poll timers run on a fake clock: the test moves time, so machine speed never matters.
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});
const recordHtml = (name: string, phone: string) =>
  `<main><h1>${name}</h1><dl><dt>Name</dt><dd>${name}</dd><dt>Phone</dt><dd>${phone}</dd></dl></main>`;

describe('following an SPA CRM', () => {
  let watch: RecordWatch | undefined;
  afterEach(() => {
    watch?.stop();
    document.body.innerHTML = '';
    history.replaceState(null, '', '/');
  });

  it('reports the new record after pushState, never the old values under the new URL', async () => {
    history.replaceState(null, '', '/records/1');
    document.body.innerHTML = recordHtml('Ada Lovelace', '(252) 460-7929');
    const pushed: PageContext[] = [];
    watch = watchRecord(
      window,
      () => readPage(document),
      (context) => pushed.push(context),
      { quietMs: 20, pollMs: 20, settleMs: 2000 },
    );
    expect(pushed.at(-1)?.name).toBe('Ada Lovelace');

    // The SPA switches route without any event and keeps the old DOM while it fetches.
    history.pushState(null, '', '/records/2');
    await elapse(150);
    expect(watch?.isSettling()).toBe(true); // a panel read now gets "settling", not the old record
    document.querySelector('h1')?.setAttribute('data-loading', '1'); // unrelated churn
    await elapse(150);
    document.body.innerHTML = recordHtml('Grace Hopper', '138 0013 8000');
    await elapse(200);

    expect(watch?.isSettling()).toBe(false);
    const forNewUrl = pushed.filter((context) => context.url.endsWith('/records/2'));
    expect(forNewUrl[0]?.settling).toBe(true);
    expect(forNewUrl.at(-1)?.name).toBe('Grace Hopper');
    expect(forNewUrl.at(-1)?.phones[0]?.raw).toBe('138 0013 8000');
    expect(forNewUrl.some((context) => context.name === 'Ada Lovelace')).toBe(false);
  });

  it('reads late values that arrive after a spinner', async () => {
    history.replaceState(null, '', '/records/3');
    document.body.innerHTML = '<main aria-busy="true"><div role="progressbar">Loading…</div></main>';
    const pushed: PageContext[] = [];
    watch = watchRecord(
      window,
      () => readPage(document),
      (context) => pushed.push(context),
      { quietMs: 20, pollMs: 20 },
    );
    await elapse(50);
    document.body.innerHTML = recordHtml('Katherine Johnson', '1-914-766-2137');
    await elapse(150);
    expect(pushed.at(-1)?.name).toBe('Katherine Johnson');
  });

  it('reads at least once a second under constant DOM churn (a ticking clock)', async () => {
    document.body.innerHTML = `${recordHtml('Alan Turing', '(252) 460-7929')}<span id="clock">0</span>`;
    const pushed: PageContext[] = [];
    watch = watchRecord(
      window,
      () => readPage(document),
      (context) => pushed.push(context),
      { quietMs: 100, maxWaitMs: 200 },
    );
    const clock = setInterval(() => {
      const element = document.getElementById('clock');
      if (element) element.textContent = String(Date.now());
    }, 30);
    await elapse(60);
    (document.querySelector('dd') as HTMLElement).textContent = 'Alan M. Turing';
    await elapse(400);
    clearInterval(clock);
    expect(pushed.at(-1)?.name).toBe('Alan M. Turing');
  });
});

describe('keeping pace with the CRM', () => {
  let watch: RecordWatch | undefined;
  afterEach(() => {
    watch?.stop();
    document.body.innerHTML = '';
    history.replaceState(null, '', '/');
  });

  it('reads the new record as soon as the page renders it during a switch, with no timer in between', async () => {
    history.replaceState(null, '', '/records/10');
    document.body.innerHTML = recordHtml('Ada Lovelace', '(252) 460-7929');
    const pushed: PageContext[] = [];
    // Timers far in the future: only the page's own mutation can trigger the read.
    watch = watchRecord(
      window,
      () => readPage(document),
      (context) => pushed.push(context),
      { quietMs: 60_000, maxWaitMs: 60_000, pollMs: 60_000 },
    );
    history.pushState(null, '', '/records/11');
    document.body.innerHTML = '<main aria-busy="true">Loading…</main>';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(pushed.at(-1)?.settling).toBe(true);
    await elapse(30); // the CRM fetches the record
    document.body.innerHTML = recordHtml('Grace Hopper', '138 0013 8000');
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(pushed.at(-1)?.name).toBe('Grace Hopper');
  });
});
