import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { type BenchBrowser, BLANK_PAGE, launchBench } from './bench-browser';
import { BENCH_CALLS, figure, withCalls } from './bench-kit';

// The side panel's open time (DESIGN.md section 5): from navigation start to
// its first useful paint (Today's numbers in the page, and painted), beside a
// blank extension page's first paint in the same browser, and beside the same
// open with an empty database.
const OPENS = 9;

/** ms from navigation start to the later of first contentful paint and `mark` (when given). */
async function paintedAt(page: Page, mark?: string): Promise<number> {
  const handle = await page.waitForFunction(
    (name) => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const marked = name ? performance.getEntriesByName(name)[0] : paint;
      return paint && marked ? Math.max(paint.startTime, marked.startTime) : false;
    },
    mark,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

async function openTimes(bench: BenchBrowser, path: string, mark?: string): Promise<number> {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url(path));
    return await paintedAt(page, mark);
  } finally {
    await page.close();
  }
}

/** OPENS opens of each page, interleaved, after one discarded warm-up open of each (cold disk cache). */
async function measureOpens(bench: BenchBrowser, withBlank: boolean) {
  const panel: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i <= OPENS; i++) {
    const panelMs = await openTimes(bench, 'sidepanel.html', 'callside:today');
    const blankMs = withBlank ? await openTimes(bench, BLANK_PAGE) : Number.NaN;
    if (i === 0) continue;
    panel.push(panelMs);
    blank.push(blankMs);
  }
  return { panel, blank };
}

describe('side panel open', () => {
  let bench: BenchBrowser | undefined;
  afterAll(async () => {
    await bench?.close();
  });

  it('paints Today within 2x a blank page and within 1.2x of an empty database', async () => {
    bench = await launchBench({ calls: 0 });
    const empty = await measureOpens(bench, false);
    await bench.close();
    bench = await launchBench({ calls: BENCH_CALLS });
    const full = await measureOpens(bench, true);
    const note = `${OPENS} opens each after one warm-up, interleaved with the blank page; first useful paint = Today's numbers in the DOM and first contentful paint done`;
    await figure('panel-open', () => ({
      name: withCalls('side panel open to first useful paint, 1,000,000 calls'),
      runs: full.panel,
      floorRuns: full.blank,
      note,
    }));
    await figure('panel-open-vs-empty', () => ({
      name: withCalls('side panel open, 1,000,000 calls vs empty database'),
      runs: full.panel,
      floorRuns: empty.panel,
      note: `${OPENS} opens each; empty database in its own browser on the same machine`,
    }));
  });
});
