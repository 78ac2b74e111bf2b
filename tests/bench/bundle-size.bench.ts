import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { BENCH_EXTENSION_DIR } from './bench-browser';
import { figure, round } from './bench-kit';

// JS sizes of the bench build, gzip level 9 per file (what a store package's
// files weigh compressed), counted per entry: the scripts its HTML loads and
// everything they import statically. Dynamic import() chunks load later.
const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const inBuild = (path: string) => join(BENCH_EXTENSION_DIR, path.replace(/^\//, ''));

/** The entry's HTML scripts and module preloads (or the scripts given), and their static imports, transitively. */
function staticClosure(htmlOrScript: string, seen = new Set<string>()): string[] {
  const visit = (path: string) => {
    const file = inBuild(path);
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.js)["']/g)) {
      const target = match[1] ?? '';
      visit(target.startsWith('.') ? join(path, '..', target) : target);
    }
  };
  if (htmlOrScript.endsWith('.html')) {
    const html = readFileSync(inBuild(htmlOrScript), 'utf8');
    for (const match of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)) visit(match[1] ?? '');
  } else visit(htmlOrScript);
  return [...seen];
}

/** The side panel's first paint also waits for one language's first-paint strings (a dynamic chunk and what it imports): the larger counts. */
function largestCoreCatalogue(): string | undefined {
  const chunks = readdirSync(inBuild('chunks')).filter((name) => /^(en|zh-CN)-(?!more-)[\w-]+\.js$/.test(name));
  const weight = (name: string) => total(staticClosure(`chunks/${name}`));
  return chunks.sort((a, b) => weight(b) - weight(a)).map((name) => inBuild(`chunks/${name}`))[0];
}

const describeFiles = (files: string[]) =>
  files
    .map((file) => ({ name: file.slice(BENCH_EXTENSION_DIR.length + 1).replace(/^chunks\//, ''), kb: gzipKb(file) }))
    .sort((a, b) => b.kb - a.kb)
    .map(({ name, kb }) => `${name} ${round(kb, 1)}`)
    .join(', ');

const total = (files: string[]) =>
  round(
    files.reduce((sum, file) => sum + gzipKb(file), 0),
    1,
  );

const ENTRIES = [
  { name: 'side panel', path: 'sidepanel.html' },
  { name: 'dashboard', path: 'dashboard.html' },
  { name: 'options', path: 'options.html' },
  { name: 'background', path: 'background.js' },
  { name: 'content script (CRM page)', path: 'page-reader.js' },
];

describe('bundle sizes', () => {
  it('side panel initial JS', async () => {
    const files = staticClosure('sidepanel.html');
    // The catalogue chunk and what it imports statically (the module runtime) load before first paint too.
    const catalogue = largestCoreCatalogue();
    if (catalogue)
      staticClosure(catalogue.slice(BENCH_EXTENSION_DIR.length), new Set(files)).forEach((file) => {
        if (!files.includes(file)) files.push(file);
      });
    await figure('js-sidepanel-initial', () => ({
      runs: [total(files)],
      exact: true,
      note: `${files.length} files (KB gzip): ${describeFiles(files)}`,
    }));
  });

  it('page reader on the CRM page', async () => {
    const files = [inBuild('page-reader.js')];
    await figure('js-page-reader', () => ({ runs: [total(files)], exact: true }));
  });

  it('each entry', async () => {
    for (const entry of ENTRIES) {
      const files = staticClosure(entry.path);
      await figure(
        { id: `js-entry-${entry.path}`, name: `${entry.name} JS, static imports`, unit: 'KB gzip', budget: 'none', floor: null },
        () => ({
          runs: [total(files)],
          exact: true,
          note: `${files.length} files`,
        }),
      );
    }
  });
});
