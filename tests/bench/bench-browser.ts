// Launches Debian's Chromium with the bench build of the extension, on a copy
// of a cached browser profile whose database already holds N seeded calls, so
// the minutes a 1,000,000-call seed takes are paid once, not once per figure
// (and not again next run while the schema and the seed are unchanged).
//
//   const bench = await launchBench({ calls: BENCH_CALLS });
//   const page = await bench.open('bench-blank.html'); // a blank page of the extension's origin
//   await page.evaluate(await bundleForBrowser('tests/bench/my.entry.ts'));
//   ...
//   await bench.close();
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { bundleForBrowser } from './bench-kit';

export const BENCH_EXTENSION_DIR = resolve(process.env.CALLSIDE_EXT_DIR ?? '.output-bench/chrome-mv3');
const PROFILE_CACHE = resolve(process.env.CALLSIDE_BENCH_PROFILES ?? '.output-bench/profiles');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A blank page of the extension's own origin (bench build only, see wxt.config.ts). */
export const BLANK_PAGE = 'bench-blank.html';
/** For the hook or test that calls launchBench: a first 1,000,000-call seed takes 5 to 40 minutes, by machine load. */
export const SEED_TIMEOUT_MS = 60 * 60_000;
const SEED_MARKER = 'callside-seed.json';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** Opens an extension page in a new tab. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

async function launch(userDataDir: string, removeOnClose: boolean): Promise<BenchBrowser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 400, height: 800 },
    args: [
      `--disable-extensions-except=${BENCH_EXTENSION_DIR}`,
      `--load-extension=${BENCH_EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;
  return {
    context,
    extensionId,
    url,
    async open(path) {
      const page = await context.newPage();
      await page.goto(url(path));
      return page;
    },
    async close() {
      await context.close();
      if (removeOnClose) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What a seeded profile depends on: the schema and the seed. A cached profile
 * is kept between runs (`npm run bench -- --fresh` drops it) while these files
 * are unchanged, so a run after a schema change seeds again.
 */
const SEED_SOURCES = [
  'lib/db/database.ts',
  'lib/db/records.ts',
  'lib/calls/rollups.ts',
  'lib/targets/customer-counts-build.ts',
  'lib/settings/settings.ts',
  'lib/content/default-content.ts',
  'tests/bench/seed.entry.ts',
  'tests/bench/bench-calls.ts',
];
function seedKey(): string {
  const hash = createHash('sha256');
  for (const file of SEED_SOURCES) hash.update(existsSync(file) ? readFileSync(file) : file);
  return hash.digest('hex').slice(0, 12);
}

let seedCode: Promise<string> | undefined;

/** Seeds a profile: an onboarded rep (English UI) and `calls` calls over one year, then lets the storage engine settle. */
async function seedProfile(dir: string, calls: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const browser = await launch(dir, false);
  try {
    const page = await browser.open(BLANK_PAGE);
    seedCode ??= bundleForBrowser('tests/bench/seed.entry.ts');
    await page.evaluate(await seedCode);
    const seconds = await page.evaluate(
      (count) => (globalThis as unknown as { seedBench(count: number): Promise<number> }).seedBench(count),
      calls,
    );
    console.log(`  seeded ${calls.toLocaleString('en')} calls in ${seconds.toFixed(0)} s`);
    // Compacting a million fresh rows is the seed's cost, not the next figure's.
    await page.waitForTimeout(calls >= 500_000 ? 30_000 : 3_000);
    await browser.close();
    // Written last: a seed cut short leaves no marker and is done again.
    writeFileSync(join(dir, SEED_MARKER), JSON.stringify({ calls, seconds }));
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Newest modification time under `dir`, a few levels deep (a seeding browser writes its database all the time). */
function newestChange(dir: string, depth = 5): number {
  if (!existsSync(dir)) return 0;
  let newest = statSync(dir).mtimeMs;
  if (depth === 0 || !statSync(dir).isDirectory()) return newest;
  for (const entry of readdirSync(dir)) newest = Math.max(newest, newestChange(join(dir, entry), depth - 1));
  return newest;
}

/** Another bench process is seeding this profile right now (two benchmark files may start at once). */
function seedingElsewhere(cached: string): boolean {
  const lock = `${cached}.seeding`;
  if (existsSync(lock)) {
    const holder = Number(readFileSync(lock, 'utf8'));
    try {
      process.kill(holder, 0);
      return holder !== process.pid;
    } catch {
      return false; // a seed that died: done again
    }
  }
  return Date.now() - newestChange(cached) < 120_000;
}

async function waitForSeed(cached: string): Promise<void> {
  console.log(`  waiting for another bench process to finish seeding ${cached}`);
  while (!existsSync(join(cached, SEED_MARKER))) {
    if (!seedingElsewhere(cached)) throw new Error(`the seed of ${cached} stopped before it finished`);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

/**
 * A Chromium with the bench build on its own copy of a profile holding `calls`
 * seeded calls (0: an onboarded rep, empty log). The first call per count seeds
 * and caches it under .output-bench/profiles; later ones copy the cache.
 */
export async function launchBench({ calls = 0 }: { calls?: number } = {}): Promise<BenchBrowser> {
  if (!existsSync(join(BENCH_EXTENSION_DIR, BLANK_PAGE)))
    throw new Error(`${BENCH_EXTENSION_DIR} is not a bench build (run \`npm run bench\`, which builds with CALLSIDE_BENCH=1)`);
  const key = seedKey();
  let cached = join(PROFILE_CACHE, `calls-${calls}-${key}`);
  // `--reuse-profiles`: a finished profile of an older seed key will do (the app upgrades its database if the schema moved on).
  if (!existsSync(join(cached, SEED_MARKER)) && process.env.CALLSIDE_BENCH_REUSE === '1' && existsSync(PROFILE_CACHE)) {
    const older = readdirSync(PROFILE_CACHE).find(
      (name) => name.startsWith(`calls-${calls}-`) && existsSync(join(PROFILE_CACHE, name, SEED_MARKER)),
    );
    if (older) cached = join(PROFILE_CACHE, older);
  }
  if (!existsSync(join(cached, SEED_MARKER))) {
    if (seedingElsewhere(cached)) await waitForSeed(cached);
    else {
      mkdirSync(PROFILE_CACHE, { recursive: true });
      writeFileSync(`${cached}.seeding`, String(process.pid));
      try {
        // Profiles of an older schema or seed are of no use any more (a 1,000,000-call one is over a gigabyte).
        for (const stale of readdirSync(PROFILE_CACHE)) {
          const path = join(PROFILE_CACHE, stale);
          if (stale.startsWith(`calls-${calls}-`) && !stale.endsWith('.seeding') && path !== cached && !seedingElsewhere(path))
            rmSync(path, { recursive: true, force: true });
        }
        rmSync(cached, { recursive: true, force: true });
        await seedProfile(cached, calls);
      } finally {
        rmSync(`${cached}.seeding`, { force: true });
      }
    }
  }
  const copy = mkdtempSync(join(tmpdir(), 'callside-bench-'));
  // Chromium's lock files name the process that held the profile: never copied.
  cpSync(cached, copy, { recursive: true, filter: (source) => !/Singleton(Lock|Socket|Cookie)$/.test(source) });
  return launch(copy, true);
}

/** Calls `globalThis[api][fn](...args)` in the page (an entry bundle assigned `api`). */
export function callInPage<T>(page: Page, api: string, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([apiName, name, params]) => {
      const target = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[apiName as string];
      if (!target?.[name as string]) throw new Error(`${apiName}.${name} is not in the page`);
      return target[name as string]!(...(params as unknown[]));
    },
    [api, fn, args] as const,
  ) as Promise<T>;
}
