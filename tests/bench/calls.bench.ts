import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchBrowser, BLANK_PAGE, callInPage, launchBench, SEED_TIMEOUT_MS } from './bench-browser';
import { BENCH_CALLS, bundleForBrowser, figure, median, percentile, round, withCalls } from './bench-kit';

// The call log's budgets (DESIGN.md section 5), in the extension's own origin
// and database, with BENCH_CALLS calls already stored.
const RUNS = 7;
// 60 calls a run: a run's p95 is its 57th slowest of 60, not the second slowest of 30.
const PER_RUN = 60;
const READS = 31;

describe('call log', () => {
  let bench: BenchBrowser;
  let page: Page;
  beforeAll(async () => {
    const code = await bundleForBrowser('tests/bench/calls.entry.ts');
    bench = await launchBench({ calls: BENCH_CALLS });
    page = await bench.open(BLANK_PAGE);
    await page.evaluate(code);
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await bench?.close();
  });

  it('logs a call within 1.5x of a raw IndexedDB transaction doing the same reads and writes', async () => {
    // One extra run first, discarded: it pays for cold code and a cold store.
    const { log, raw } = await callInPage<{ log: number[][]; raw: number[][] }>(page, 'callsBench', 'logVersusRaw', RUNS + 1, PER_RUN);
    const logRuns = log.slice(1);
    const rawRuns = raw.slice(1);
    const note = `${RUNS} runs of ${PER_RUN} calls each way, alternating call by call (which goes first flips each call), after one warm-up run; ${BENCH_CALLS.toLocaleString('en')} calls stored; timer resolution 0.1 ms`;
    await figure('log-call', () => ({
      runs: logRuns.map((times) => median(times)),
      floorRuns: rawRuns.map((times) => median(times)),
      note: `${note}; the app's own cost per save (median of the runs' median differences) ${round(median(logRuns.map((times, index) => median(times) - median(rawRuns[index] ?? []))))} ms`,
    }));
    const logP95 = logRuns.map((times) => percentile(times, 95));
    const rawP95 = rawRuns.map((times) => percentile(times, 95));
    // The 10 ms budget is absolute: when the raw transaction alone is over it, no app code can meet it on this machine.
    const floorOver = median(rawP95) >= 10;
    await figure('log-call-p95', () => ({
      runs: logP95,
      floorRuns: rawP95,
      note: `${note}; p95 of all ${logRuns.flat().length} saves ${round(percentile(logRuns.flat(), 95))} ms, of all raw transactions ${round(percentile(rawRuns.flat(), 95))} ms${floorOver ? `; the raw IndexedDB transaction's own p95 (${round(median(rawP95))} ms) is over the 10 ms budget on this machine (load ${loadavg()[0]?.toFixed(1)}), so the budget cannot be met here whatever the app does: the ratio to the floor is the app's part` : ''}`,
    }));
  });

  it('reads month and year totals from rollups', async () => {
    const totals = await callInPage<{ month: number[]; year: number[]; yearDials: number }>(page, 'callsBench', 'totals', READS);
    expect(totals.yearDials).toBeGreaterThanOrEqual(BENCH_CALLS);
    const cold = `first (cold) read ${round(totals.month[0] ?? Number.NaN)} ms, not counted`;
    await figure('month-totals', () => ({
      name: withCalls('month totals, 1,000,000 calls'),
      runs: totals.month.slice(1),
      note: `${READS - 1} reads of different months, p95 ${round(percentile(totals.month.slice(1), 95))} ms; ${cold}`,
    }));
    await figure('year-totals', () => ({
      name: withCalls('year totals, 1,000,000 calls'),
      runs: totals.year.slice(1),
      note: `${READS - 1} reads of 365 rollups, p95 ${round(percentile(totals.year.slice(1), 95))} ms; first read ${round(totals.year[0] ?? Number.NaN)} ms`,
    }));
  });

  it('reads the customer-based month funnel from stored distinct-customer counts', async () => {
    const funnel = await callInPage<{ times: number[]; dialedCustomers: number; connectRate: number | undefined }>(
      page,
      'callsBench',
      'monthFunnel',
      READS,
    );
    // December's customers, as the seed cycles them: a real count, not an empty row.
    expect(funnel.dialedCustomers).toBeGreaterThan(0);
    expect(funnel.connectRate).toBeGreaterThan(0);
    await figure('month-funnel', () => ({
      name: withCalls('customer-based month funnel, 1,000,000 calls'),
      runs: funnel.times.slice(1),
      note: `${READS - 1} reads of different months (distinct-customer counts + rollups + rates, as the Targets views read them), p95 ${round(percentile(funnel.times.slice(1), 95))} ms; first read ${round(funnel.times[0] ?? Number.NaN)} ms`,
    }));
  });
});
