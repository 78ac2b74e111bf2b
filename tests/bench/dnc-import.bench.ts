import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchBrowser, BLANK_PAGE, callInPage, launchBench } from './bench-browser';
import { bundleForBrowser, figure, round } from './bench-kit';

// Issue 11: a 200,000-line do-not-call list imports within a few seconds,
// progress shown, the page responsive (no main-thread task over 200 ms).
const LINES = 200_000;
const RUNS = 5;

describe('do-not-call import', () => {
  let bench: BenchBrowser;
  let page: Page;
  beforeAll(async () => {
    const code = await bundleForBrowser('tests/bench/dnc-import.entry.ts');
    bench = await launchBench({ calls: 0 });
    page = await bench.open(BLANK_PAGE);
    await page.evaluate(code);
  });
  afterAll(async () => {
    await bench?.close();
  });

  it('imports a 200,000-line list beside its floor (one bulk put of the same bucket rows)', { timeout: 600_000 }, async () => {
    const made = await callInPage<{ lines: number; bytes: number }>(page, 'dncImportBench', 'make', LINES);
    type Run = {
      ms: number;
      longestTask: number;
      longTasks: number;
      added: number;
      total: number;
      skipped: number;
      buckets: number;
      progressUpdates: number;
      phaseEnds: Record<string, number>;
      taskStarts: string[];
    };
    const runs: Run[] = [];
    const floorRuns: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await callInPage<Run>(page, 'dncImportBench', 'importOnce', run));
      floorRuns.push(await callInPage<number>(page, 'dncImportBench', 'floorOnce', run));
    }
    for (const run of runs) expect([run.added, run.total, run.skipped]).toEqual([LINES, LINES, 0]);
    await figure('dnc-import', () => ({
      runs: runs.map((run) => run.ms),
      floorRuns,
      note: `phases ended at (ms from start, first run) ${JSON.stringify(runs[0]?.phaseEnds)}; ${LINES.toLocaleString('en')} lines (${round(made.bytes / 1024 / 1024)} MB) in three number styles, region CN; read, hashed and merged into ${runs[0]?.buckets} bucket rows in one transaction; ${runs[0]?.progressUpdates} progress updates`,
    }));
    await figure('dnc-import-longest-task', () => ({
      runs: runs.map((run) => run.longestTask),
      note: `long tasks (> 50 ms) per import: ${runs.map((run) => run.longTasks).join(', ')}; first run's, as start+duration ms: ${runs[0]?.taskStarts.join(' ')}`,
    }));
  });
});
