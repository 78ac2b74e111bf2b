// Bundled into the bench blank page (the extension's own origin) by
// team-import.bench.ts: the lead imports 1,000 rep-year summary files through
// the real import (validation, hash, merge, chunked transactions, yields),
// while a long-task observer watches the main thread; and the floor, JSON.parse
// of the same texts plus one bulk put of the same rows, in raw IndexedDB.
import '../../lib/zod-setup';
import { CallsideDatabase } from '../../lib/db/database';
import { mergeSummary } from '../../lib/team/merge';
import type { Summary } from '../../lib/team/summary-schema';
import { importSummaryFiles } from '../../lib/team/team-import';
import { parseAndBulkPut, sameLayoutDatabase } from './floors';
import { makeRepYearSummaries } from './team-import.make';

let texts: string[] = [];

const api = {
  async make(count: number) {
    texts = await makeRepYearSummaries(count);
    return { files: texts.length, bytes: texts.reduce((sum, text) => sum + text.length, 0) };
  },
  /** One import into a fresh database; returns its time, the longest task and what was written. */
  async importOnce(run: number) {
    const db = new CallsideDatabase(`bench-team-${run}-${Date.now()}`);
    await db.open();
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const files = texts.map((text, index) => ({ name: `rep-${index}.json`, size: text.length, text: async () => text }));
    let progressUpdates = 0;
    const started = performance.now();
    const results = await importSummaryFiles(files, { db, onProgress: () => progressUpdates++ });
    const ms = performance.now() - started;
    // Long tasks are reported after they end: give the observer a frame.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const imported = results.filter((result) => result.status === 'imported').length;
    const reps = await db.teamReps.count();
    db.close();
    await db.delete();
    return { ms, longestTask: Math.max(0, ...tasks), longTasks: tasks.length, imported, reps, progressUpdates };
  },
  /**
   * The floor: parse every text and put the very rows the import writes for a
   * new rep (the merged rep row, the summary kept without its days), all in one
   * transaction: no validation, no hash, no chunks.
   */
  async floorOnce(run: number) {
    const name = `bench-team-floor-${run}-${Date.now()}`;
    const raw = await sameLayoutDatabase(name);
    const ms = await parseAndBulkPut(raw, ['teamReps', 'imports'], texts, (parsed) => {
      const summary = parsed as Summary;
      const id = `${summary.rep.id}|${summary.period.first}|${summary.period.last}`;
      return [
        { store: 'teamReps', row: mergeSummary(undefined, summary).record },
        {
          store: 'imports',
          row: {
            id,
            repId: summary.rep.id,
            periodStart: summary.period.first,
            periodEnd: summary.period.last,
            importedAt: 0,
            exportedAt: summary.exportedAt,
            summary: { ...summary, days: [] },
          },
        },
      ];
    });
    raw.close();
    // Awaited: a deletion still running in the storage engine would slow the import measured next.
    await new Promise((resolve, reject) => {
      const deletion = indexedDB.deleteDatabase(name);
      deletion.onsuccess = resolve;
      deletion.onerror = () => reject(deletion.error);
    });
    return ms;
  },
};

(globalThis as unknown as { teamImportBench: typeof api }).teamImportBench = api;
