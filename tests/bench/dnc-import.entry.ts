// Bundled into the bench blank page (the extension's own origin) by
// dnc-import.bench.ts: a 200,000-line do-not-call list imported through the
// real import (read, hash, merge into buckets, one transaction, progress),
// while a long-task observer watches the main thread; and the floor, one raw
// IndexedDB bulk put of the same bucket rows.
import '../../lib/zod-setup';
import { bucketsOf } from '../../lib/compliance/dnc-buckets';
import { importDnc } from '../../lib/compliance/dnc-file';
import { hashPhoneSync } from '../../lib/compliance/dnc-import';
import { CallsideDatabase } from '../../lib/db/database';
import { sameLayoutDatabase } from './floors';

let text = '';
let phones: string[] = [];

/** A regulator's list as it arrives: Chinese mobile numbers written three ways, one a line. */
function makeList(lines: number): { text: string; phones: string[] } {
  const rows: string[] = [];
  const e164: string[] = [];
  for (let index = 0; index < lines; index++) {
    const digits = `13${String(index % 10)}${String(index).padStart(8, '0')}`;
    e164.push(`+86${digits}`);
    const style = index % 4;
    rows.push(
      style === 0
        ? `+86 ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`
        : style === 1
          ? `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`
          : digits,
    );
  }
  return { text: rows.join('\n'), phones: e164 };
}

const api = {
  make(lines: number) {
    ({ text, phones } = makeList(lines));
    return { lines, bytes: text.length };
  },
  /** One import into a fresh database; its time, the longest task, what it reported and what was stored. */
  async importOnce(run: number) {
    const db = new CallsideDatabase(`bench-dnc-${run}-${Date.now()}`);
    await db.open();
    const tasks: number[] = [];
    // Where each long task began, from the start (ms) and how long it ran: which phase holds the thread.
    const taskStarts: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push(entry.duration);
        taskStarts.push(`${Math.round(entry.startTime - started)}+${Math.round(entry.duration)}`);
      }
    });
    observer.observe({ type: 'longtask', buffered: false });
    let progressUpdates = 0;
    // When each phase ended, from the start: where the time goes.
    const phaseEnds: Record<string, number> = {};
    const started = performance.now();
    const result = await importDnc(text, db, 'CN', 1_000, text.length, (step) => {
      progressUpdates++;
      phaseEnds[step.phase] = Math.round(performance.now() - started);
    });
    const ms = performance.now() - started;
    // Long tasks are reported after they end: give the observer a frame.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const buckets = await db.dncBuckets.count();
    db.close();
    await db.delete();
    if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
    return {
      ms,
      longestTask: Math.max(0, ...tasks),
      longTasks: tasks.length,
      ...result.value,
      buckets,
      progressUpdates,
      phaseEnds,
      taskStarts,
    };
  },
  /** The floor: the same bucket rows (hashed and grouped beforehand) put in one raw IndexedDB transaction. */
  async floorOnce(run: number) {
    const { buckets } = bucketsOf(phones.map((phone) => ({ hash: hashPhoneSync(phone), addedAt: 1_000, source: 'import' as const })));
    const name = `bench-dnc-floor-${run}-${Date.now()}`;
    const raw = await sameLayoutDatabase(name);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = raw.transaction('dncBuckets', 'readwrite');
      const store = transaction.objectStore('dncBuckets');
      for (const bucket of buckets) store.put(bucket);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    const ms = performance.now() - started;
    raw.close();
    indexedDB.deleteDatabase(name);
    return ms;
  },
};

(globalThis as unknown as { dncImportBench: typeof api }).dncImportBench = api;
