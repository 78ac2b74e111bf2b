// Bundled into a Chromium page by objections.bench.ts: the real search index
// over a 5,000-objection library built from the default content.
import type { ObjectionRecord } from '../../lib/db/records';
import { DEFAULT_OBJECTIONS } from '../../lib/objections/defaults/index';
import { toObjectionRecords } from '../../lib/objections/objection-model';
import { buildObjectionIndex } from '../../lib/objections/search-index';

/** 5,000 distinct objections: the default libraries, each copy with its own numbered title and keywords. */
function largeLibrary(size: number): ObjectionRecord[] {
  const base = [...toObjectionRecords('zh-CN', DEFAULT_OBJECTIONS['zh-CN'], 0), ...toObjectionRecords('en', DEFAULT_OBJECTIONS.en, 0)];
  const library: ObjectionRecord[] = [];
  for (let copy = 0; library.length < size; copy++) {
    for (const objection of base) {
      if (library.length >= size) break;
      library.push({
        ...objection,
        id: `${objection.id}-${copy}`,
        title: copy === 0 ? objection.title : `${objection.title} ${copy}`,
        keywords: [...objection.keywords, `k${copy}`],
        rebuttals: objection.rebuttals.map((rebuttal) => ({ ...rebuttal, id: `${rebuttal.id}-${copy}` })),
      });
    }
  }
  return library;
}

/** `passes` passes over every keystroke of every query; each pass is one run of the figure. */
function run(size: number, queries: readonly string[], passes = 7) {
  const library = largeLibrary(size);
  const buildStart = performance.now();
  const index = buildObjectionIndex(library);
  const buildMs = performance.now() - buildStart;
  // Warm up the JIT and Fuse's lazy index the way the first keystrokes would.
  for (const query of queries) index.search(query.slice(0, 2));
  const perPass: number[][] = [];
  const firstHits: Record<string, string | undefined> = {};
  for (let pass = 0; pass < passes; pass++) {
    const perKeystroke: number[] = [];
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const start = performance.now();
        const results = index.search(query.slice(0, length), 12);
        perKeystroke.push(performance.now() - start);
        if (length === query.length) firstHits[query] = results[0]?.title;
      }
    }
    perPass.push(perKeystroke);
  }
  return { size: index.size, buildMs, perPass, firstHits };
}

(globalThis as unknown as { objectionBench: typeof run }).objectionBench = run;
