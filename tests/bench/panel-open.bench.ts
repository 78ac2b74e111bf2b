import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { type BenchBrowser, BLANK_PAGE, launchBench, SEED_TIMEOUT_MS } from './bench-browser';
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

/** ms from navigation start to the full panel taking over from the first frame (entrypoints/sidepanel/main.tsx). */
async function readyAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => performance.getEntriesByName('callside:panel-ready')[0]?.startTime ?? false, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  return (await handle.jsonValue()) as number;
}

async function openTimes(bench: BenchBrowser, path: string, mark?: string): Promise<{ painted: number; ready: number }> {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url(path));
    const painted = await paintedAt(page, mark);
    // The panel's first frame comes from one raw IndexedDB read; the full panel replaces it once loaded.
    return { painted, ready: mark ? await readyAt(page) : Number.NaN };
  } finally {
    await page.close();
  }
}

/** OPENS opens of each page, interleaved, after one discarded warm-up open of each (cold disk cache). */
async function measureOpens(bench: BenchBrowser, withBlank: boolean) {
  const panel: number[] = [];
  const ready: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i <= OPENS; i++) {
    const panelMs = await openTimes(bench, 'sidepanel.html', 'callside:today');
    const blankMs = withBlank ? (await openTimes(bench, BLANK_PAGE)).painted : Number.NaN;
    if (i === 0) continue;
    panel.push(panelMs.painted);
    ready.push(panelMs.ready);
    blank.push(blankMs);
  }
  return { panel, ready, blank };
}

describe('side panel open', () => {
  let bench: BenchBrowser | undefined;
  afterAll(async () => {
    await bench?.close();
  });

  it(
    'paints Today within 2x a blank page and within 1.2x of an empty database',
    async () => {
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
      await figure(
        {
          id: 'panel-ready',
          name: withCalls('side panel open to the full panel in place (Dexie, Zod, Call section), 1,000,000 calls'),
          unit: 'ms',
          budget: 'none',
          floor: "blank extension page's first paint",
        },
        () => ({
          runs: full.ready,
          floorRuns: full.blank,
          note: 'after the first frame: the full panel loads, renders hidden, and takes its place',
        }),
      );
    },
    SEED_TIMEOUT_MS,
  );
});
