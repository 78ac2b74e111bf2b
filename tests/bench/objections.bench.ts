import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, figure, percentile, round } from './bench-kit';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What reps type: English words, Chinese, full pinyin, pinyin initials, a typo. */
const TYPED = ['price too high', 'friend', 'not interested', 'jg', 'yjbl', 'jiage', '已经保', '太贵了', 'pirce', 'send me'];
const PASSES = 7;

describe('objection search', () => {
  it('per keystroke over 5,000 objections, in Chromium', async () => {
    const code = await bundleForBrowser('tests/bench/objections.entry.ts');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        ([queries, passes]) => {
          const bench = (globalThis as unknown as { objectionBench: (size: number, queries: string[], passes: number) => unknown })
            .objectionBench;
          return bench(5000, queries as string[], passes as number) as {
            size: number;
            buildMs: number;
            perPass: number[][];
            firstHits: Record<string, string>;
          };
        },
        [TYPED, PASSES] as const,
      );
      expect(result.size).toBe(5000);
      expect(result.firstHits.jg).toBe('价格高了，太贵');
      expect(result.firstHits.yjbl).toBe('已经保了');
      const keystrokes = result.perPass[0]?.length ?? 0;
      const note = `${PASSES} passes of ${keystrokes} keystrokes (${TYPED.length} typed queries, English, Chinese, pinyin, initials, a typo); index built in ${round(result.buildMs, 0)} ms`;
      await figure('objection-search-p50', () => ({ runs: result.perPass.map((pass) => percentile(pass, 50)), note }));
      await figure('objection-search-p95', () => ({ runs: result.perPass.map((pass) => percentile(pass, 95)), note }));
    } finally {
      await browser.close();
    }
  });
});
