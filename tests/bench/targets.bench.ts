import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchBrowser, BLANK_PAGE, callInPage, launchBench, SEED_TIMEOUT_MS } from './bench-browser';
import { BENCH_CALLS, bundleForBrowser, figure, percentile, round, withCalls } from './bench-kit';

// What the Targets views read at BENCH_CALLS calls (DESIGN.md section 5: totals
// and the customer-based funnel under 20 ms, from rollups and stored counts).
const READS = 13;

describe('targets', () => {
  let bench: BenchBrowser;
  let page: Page;
  beforeAll(async () => {
    const code = await bundleForBrowser('tests/bench/targets.entry.ts');
    bench = await launchBench({ calls: BENCH_CALLS });
    page = await bench.open(BLANK_PAGE);
    await page.evaluate(code);
    // Run alone (`npm run bench -- targets`), this file is the one that seeds the profile.
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await bench?.close();
  });

  it('reads the month view, the year funnel and a month of distinct customers by day', async () => {
    const reads = await callInPage<{
      monthView: number[];
      yearFunnel: number[];
      window: number[];
      kpis: number;
      yearCustomers: number;
      windowCustomers: number;
    }>(page, 'targetsBench', 'targetsReads', READS);
    expect(reads.kpis).toBe(2);
    expect(reads.yearCustomers).toBeGreaterThan(0);
    expect(reads.windowCustomers).toBeGreaterThan(0);
    const spec = (id: string, name: string, budget: string) => ({ id, name: withCalls(name), unit: 'ms', budget, floor: null });
    await figure('targets-month-view', () => ({
      name: withCalls('targets month view (plan, pace, streak) with year and month targets, 1,000,000 calls'),
      runs: reads.monthView.slice(1),
      note: `${READS - 1} reads on different days (year rollups, calendar, the targets of 17 periods in one read; no issued target, so no day customer counts); p95 ${round(percentile(reads.monthView.slice(1), 95))} ms; first read ${round(reads.monthView[0] ?? Number.NaN)} ms`,
    }));
    await figure('targets-year-funnel', () => ({
      name: withCalls('customer-based year funnel, 1,000,000 calls'),
      runs: reads.yearFunnel.slice(1),
      note: `${READS - 1} reads (one stored count row + 365 rollups); p95 ${round(percentile(reads.yearFunnel.slice(1), 95))} ms`,
    }));
    await figure(
      spec('targets-range-customers', 'distinct customers over a month as a day range (day rows), 1,000,000 calls', 'none'),
      () => ({
        runs: reads.window.slice(1),
        note: `${READS - 1} reads of different months as a first..last range (as the reverse plan's window is read, not a period key): scans the range's day rows; ${reads.windowCustomers.toLocaleString('en')} dialed customers in the last`,
      }),
    );
  });
});
