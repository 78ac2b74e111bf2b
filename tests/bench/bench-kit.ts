// Shared pieces for benchmarks (`npm run bench`). Benchmarks run in Debian's
// Chromium, never in Node: real IndexedDB, real DOM, real bundles.
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export interface BenchRow {
  /** What was measured, e.g. "log a call (call + rollup), p95". */
  what: string;
  value: number;
  unit: 'ms' | 'KB gzip' | 'ratio' | 's' | 'x';
  /** The budget from DESIGN.md section 5, as text, e.g. "< 10 ms". */
  budget: string;
  ok: boolean;
  /** Sample size, environment or anything that qualifies the number. */
  note?: string;
}

export const RESULTS_FILE = resolve(process.env.CALLSIDE_BENCH_RESULTS ?? '.output-bench/results.jsonl');

/** Records one figure for the table `npm run bench` prints. */
export function record(row: BenchRow): void {
  appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`);
  console.log(`${row.ok ? '✔' : '✘'} ${row.what}: ${row.value} ${row.unit} (budget ${row.budget})${row.note ? ` — ${row.note}` : ''}`);
}

/**
 * Bundles a TypeScript entry (which should assign what it offers to
 * globalThis) into one IIFE string, for page.evaluate in a Chromium page,
 * extension pages included.
 */
export async function bundleForBrowser(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(entry), formats: ['iife'], name: 'callsideBench' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error(`could not bundle ${entry}`);
}

/** The p-th percentile (0..100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
