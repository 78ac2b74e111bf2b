import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchBrowser, BLANK_PAGE, callInPage, launchBench } from './bench-browser';
import { bundleForBrowser, figure, median, round } from './bench-kit';

// The lead's meeting brief (晨会, 午会, 夕会) for a team of 50 reps, from their
// rep-year summaries: lib/briefs briefFromSummaries merges them by rep and day
// (as the import does) and builds the brief. DESIGN.md section 5 sets no
// budget for it; the row shows what a lead waits for.
const REPS = 50;
const PER_KIND = 5;
const KINDS = ['morning', 'midday', 'evening'] as const;
const DAY = '2026-11-18';

describe('meeting brief', () => {
  let bench: BenchBrowser;
  let page: Page;
  beforeAll(async () => {
    const code = await bundleForBrowser('tests/bench/brief.entry.ts');
    bench = await launchBench({ calls: 0 });
    page = await bench.open(BLANK_PAGE);
    await page.evaluate(code);
  });
  afterAll(async () => {
    await bench?.close();
  });

  it('builds the morning, midday and evening brief of a day for 50 reps from their rep-year summaries', async () => {
    expect(await callInPage<number>(page, 'briefBench', 'make', REPS)).toBe(REPS);
    // One of each first, not counted: it pays for cold code.
    for (const kind of KINDS) await callInPage(page, 'briefBench', 'build', kind, DAY, 1);
    const byKind: Record<string, number[]> = { morning: [], midday: [], evening: [] };
    for (let pass = 0; pass < PER_KIND; pass++)
      for (const kind of KINDS) {
        const built = await callInPage<{ ms: number[]; platforms: number; dials: number }>(page, 'briefBench', 'build', kind, DAY, 1);
        // Every rep has a month floor and a day of calls: the brief holds the whole team.
        expect(built.platforms).toBe(REPS);
        expect(built.dials).toBeGreaterThan(0);
        byKind[kind]?.push(...built.ms);
      }
    const runs = KINDS.flatMap((kind) => byKind[kind] ?? []);
    await figure('brief-50-reps', () => ({
      runs,
      note: `${runs.length} briefs (${PER_KIND} of each kind, after one warm-up each) of ${DAY} from ${REPS} rep-year summaries (261 working days each): merge by rep and day, then the brief; median morning ${round(median(byKind.morning ?? []))} ms, midday ${round(median(byKind.midday ?? []))} ms, evening ${round(median(byKind.evening ?? []))} ms; DESIGN.md section 5 sets no budget`,
    }));
  });
});
