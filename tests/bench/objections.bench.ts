import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, percentile, record, round } from './bench-kit';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What reps type: English words, Chinese, full pinyin, pinyin initials, a typo. */
const TYPED = ['price too high', 'friend', 'not interested', 'jg', 'yjbl', 'jiage', '已经保', '太贵了', 'pirce', 'send me'];

describe('objection search', () => {
  it('per keystroke over 5,000 objections, in Chromium', async () => {
    const code = await bundleForBrowser('tests/bench/objections.entry.ts');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: code });
      const result = await page.evaluate((queries) => {
        const bench = (globalThis as unknown as { objectionBench: (size: number, queries: string[]) => unknown }).objectionBench;
        return bench(5000, queries) as { size: number; buildMs: number; perKeystroke: number[]; firstHits: Record<string, string> };
      }, TYPED);
      if (process.env.CALLSIDE_BENCH_VERBOSE) console.log(result.perKeystroke.map((ms) => ms.toFixed(1)).join(' '));
      expect(result.size).toBe(5000);
      expect(result.firstHits.jg).toBe('价格高了，太贵');
      expect(result.firstHits.yjbl).toBe('已经保了');
      const p50 = percentile(result.perKeystroke, 50);
      const p95 = percentile(result.perKeystroke, 95);
      const note = `${result.perKeystroke.length} keystrokes of ${TYPED.length} typed queries, median of 5 runs each`;
      record({
        what: 'objection search per keystroke, 5,000 objections, p50',
        value: round(p50),
        unit: 'ms',
        budget: '< 5 ms',
        ok: p50 < 5,
        note,
      });
      record({
        what: 'objection search per keystroke, 5,000 objections, p95',
        value: round(p95),
        unit: 'ms',
        budget: '< 5 ms',
        ok: p95 < 5,
        note,
      });
      record({
        what: 'objection index build (pinyin precomputed), 5,000 objections',
        value: round(result.buildMs, 0),
        unit: 'ms',
        budget: 'once per library change',
        ok: true,
      });
    } finally {
      await browser.close();
    }
  });
});
