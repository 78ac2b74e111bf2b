/**
 * Benchmark kit (`npm run bench`, never `npm test`). Benchmarks run in Debian's
 * Chromium, never in Node: real IndexedDB, real DOM, real bundles. Every
 * tests/bench/*.bench.ts file is collected by the Vitest project "bench".
 *
 * Recording a figure (Node side, in a *.bench.ts file):
 *
 *   import { figure } from './bench-kit';
 *   await figure('team-import', async () => ({ runs, floorRuns, note }));
 *
 * `npm run bench` builds, runs them all and writes the table; one file alone:
 * `npm run bench -- team-import` (docs untouched), or `--quick` (100,000 calls).
 *
 * - `runs`: one number per run (at least 5; MIN_RUNS). The figure is their
 *   median, shown with min and max. A run may itself be a p95 of many samples.
 * - `floorRuns`: the same for the floor (the physical minimum of the same work,
 *   measured in the same run); the ratio is median / floor median.
 * - The id names a row of tests/bench/figures.json (name, unit, budget, floor).
 *   A row nobody records prints "not measured: <pending>". For a figure not in
 *   the catalogue pass a spec instead: { id, name, unit, budget, floor }.
 * - Budgets are text, checked by machine: '< 20 ms', '<= 60 KB gzip', '<= 1.5x'
 *   (a ratio to the floor), or 'none'.
 * - `figure(id, measure)` records what `measure` returns, or, if it throws,
 *   records "not measured: <error>" and fails the test. `notMeasured(id, reason)`
 *   records a row that cannot run yet (never a made-up number).
 * - `moduleExists('lib/team/import.ts')`: for rows whose feature is being built.
 *
 * Browser side: bench-browser.ts launches the bench build with a cached seeded
 * profile (launchBench({ calls: BENCH_CALLS }); open(BLANK_PAGE) is a page of
 * the extension's origin with nothing in it), callInPage(page, api, fn, ...args)
 * calls what an entry put on globalThis, bundleForBrowser(entry) turns a
 * *.entry.ts into code for page.evaluate, and floors.ts holds the floor helpers
 * for entry files: rawLogCall(db, call) (the call transaction in raw
 * IndexedDB), parseAndBulkPut(db, stores, texts, rowsOf) (JSON.parse + one bulk
 * put) and sameLayoutDatabase(name) (a fresh database with the app's stores).
 *
 * The older record({ what, value, unit, budget, ok, note }) still works: it
 * becomes a one-run row.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import catalogue from './figures.json';

export const MIN_RUNS = 5;
/** `npm run bench -- --quick` seeds 100,000 calls instead of 1,000,000. */
export const BENCH_QUICK = process.env.CALLSIDE_BENCH_QUICK === '1';
export const BENCH_CALLS = Number(process.env.CALLSIDE_BENCH_CALLS ?? (BENCH_QUICK ? 100_000 : 1_000_000));
export const RESULTS_FILE = resolve(process.env.CALLSIDE_BENCH_RESULTS ?? '.output-bench/results.jsonl');

export interface FigureSpec {
  id: string;
  name: string;
  unit: string;
  budget: string;
  /** What the floor is, or null when the figure has none. */
  floor: string | null;
}
export type FigureId = (typeof catalogue.figures)[number]['id'];

export interface BenchRow extends FigureSpec {
  status: 'measured' | 'not measured';
  /** The figure: median of the runs. */
  value: number | null;
  floorValue: number | null;
  ratio: number | null;
  /** null: no budget, or not measured. */
  ok: boolean | null;
  median: number | null;
  min: number | null;
  max: number | null;
  runs: number;
  note?: string;
  reason?: string;
}

export interface Measured {
  runs: readonly number[];
  floorRuns?: readonly number[];
  note?: string;
  /** Overrides the catalogue name (e.g. with the real call count in --quick mode). */
  name?: string;
  /** A count that does not vary between runs (bytes of a bundle): one run is enough. */
  exact?: boolean;
}

export function specOf(figure: FigureId | FigureSpec): FigureSpec {
  if (typeof figure !== 'string') return figure;
  const spec = catalogue.figures.find((entry) => entry.id === figure);
  if (!spec) throw new Error(`Unknown benchmark figure "${figure}": add it to tests/bench/figures.json or pass a spec`);
  return { id: spec.id, name: spec.name, unit: spec.unit, budget: spec.budget, floor: spec.floor };
}

/** true/false against a budget text, null for 'none'. */
export function withinBudget(budget: string, value: number, ratio: number | null): boolean | null {
  const match = /^(<=|<)\s*([\d.]+)\s*(x\b)?/.exec(budget.trim());
  if (!match) return null;
  const limit = Number(match[2]);
  const measured = match[3] ? ratio : value;
  if (measured === null || !Number.isFinite(measured)) return false;
  return match[1] === '<' ? measured < limit : measured <= limit;
}

function write(row: BenchRow): BenchRow {
  appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`);
  const mark = row.ok === null ? '·' : row.ok ? '✔' : '✘';
  const shown =
    row.status === 'measured'
      ? `${row.value} ${row.unit} (min ${row.min}, max ${row.max}, ${row.runs} runs)${row.floorValue !== null ? `, floor ${row.floorValue} ${row.unit}, ${row.ratio}x` : ''}`
      : `not measured: ${row.reason}`;
  console.log(`${mark} ${row.name}: ${shown}; budget ${row.budget}`);
  return row;
}

/** Records one figure from its runs (and its floor's runs). */
export function recordFigure(figure: FigureId | FigureSpec, measured: Measured): BenchRow {
  const spec = specOf(figure);
  if (measured.runs.length < (measured.exact ? 1 : MIN_RUNS))
    throw new Error(`${spec.id}: ${measured.runs.length} runs, at least ${MIN_RUNS} needed`);
  const value = median(measured.runs);
  const floorValue = measured.floorRuns?.length ? median(measured.floorRuns) : null;
  const ratio = floorValue ? value / floorValue : null;
  return write({
    ...spec,
    name: measured.name ?? spec.name,
    status: 'measured',
    value: round(value),
    floorValue: floorValue === null ? null : round(floorValue),
    ratio: ratio === null ? null : round(ratio),
    ok: withinBudget(spec.budget, value, ratio),
    median: round(value),
    min: round(Math.min(...measured.runs)),
    max: round(Math.max(...measured.runs)),
    runs: measured.runs.length,
    note: measured.note,
  });
}

/** A row that cannot be measured yet, with the reason (never a made-up number). */
export function notMeasured(figure: FigureId | FigureSpec, reason: string, name?: string): BenchRow {
  const spec = specOf(figure);
  return write({
    ...spec,
    name: name ?? spec.name,
    status: 'not measured',
    value: null,
    floorValue: null,
    ratio: null,
    ok: null,
    median: null,
    min: null,
    max: null,
    runs: 0,
    reason,
  });
}

/** Runs `measure` and records its figure; on an error records "not measured" with it, then rethrows. */
export async function figure(id: FigureId | FigureSpec, measure: () => Promise<Measured> | Measured): Promise<BenchRow> {
  try {
    return recordFigure(id, await measure());
  } catch (error) {
    notMeasured(id, `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    throw error;
  }
}

/** True when another engineer's module is in the tree (a row can measure it). */
export const moduleExists = (path: string) => existsSync(resolve(path));

/** The older single-number API, kept for bench files not yet moved to recordFigure. */
export interface LegacyRow {
  what: string;
  value: number;
  unit: string;
  budget: string;
  ok: boolean;
  note?: string;
}
export function record(row: LegacyRow): void {
  // A catalogue figure whose name starts the row's takes its place in the table.
  const known = catalogue.figures.find((entry) => row.what.startsWith(entry.name));
  const id = known?.id ?? row.what.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  write({
    id,
    name: row.what,
    unit: row.unit,
    budget: row.budget,
    floor: null,
    status: 'measured',
    value: row.value,
    floorValue: null,
    ratio: null,
    ok: row.ok,
    median: row.value,
    min: row.value,
    max: row.value,
    runs: 1,
    note: row.note,
  });
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

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** "1,000,000 calls" with the count actually seeded (100,000 in --quick mode). */
export const withCalls = (name: string, calls = BENCH_CALLS) => name.replace('1,000,000', calls.toLocaleString('en'));
