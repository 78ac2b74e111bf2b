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

function run(size: number, queries: readonly string[]) {
  const library = largeLibrary(size);
  const buildStart = performance.now();
  const index = buildObjectionIndex(library);
  const buildMs = performance.now() - buildStart;
  // Warm up the JIT and Fuse's lazy index the way the first keystrokes would.
  for (const query of queries) index.search(query.slice(0, 2));
  const perKeystroke: number[] = [];
  const firstHits: Record<string, string | undefined> = {};
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      // Each keystroke is timed five times and its median kept, so one GC pause
      // or a busy neighbour process does not stand in for the search's cost.
      const runs: number[] = [];
      let results: ObjectionRecord[] = [];
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        results = index.search(query.slice(0, length), 12);
        runs.push(performance.now() - start);
      }
      perKeystroke.push(runs.sort((a, b) => a - b)[2] ?? 0);
      if (length === query.length) firstHits[query] = results[0]?.title;
    }
  }
  return { size: index.size, buildMs, perKeystroke, firstHits };
}

(globalThis as unknown as { objectionBench: typeof run }).objectionBench = run;
