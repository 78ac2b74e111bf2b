// Runs inside Chromium (bundled by bundleForBrowser): the call-log code paths the
// benchmarks time, on real IndexedDB.
import { addCall } from '../../lib/calls/call-log';
import { localDay } from '../../lib/calls/days';
import { DEFAULT_OUTCOMES } from '../../lib/calls/default-outcomes';
import { addTotals, monthTotals, recountRollups, yearTotals } from '../../lib/calls/rollups';
import { CallsideDatabase } from '../../lib/db/database';
import type { CallRecord } from '../../lib/db/records';

const YEAR_START = new Date(2026, 0, 1).getTime();
const YEAR_MS = 365 * 86_400_000;

function benchCall(index: number, startedAt: number): CallRecord {
  const outcome = DEFAULT_OUTCOMES[index % DEFAULT_OUTCOMES.length]!;
  return {
    id: `bench-${index}-${Math.random().toString(36).slice(2, 10)}`,
    startedAt,
    endedAt: startedAt + 90_000,
    day: localDay(startedAt),
    durationSec: outcome.flags.connected ? 90 : 0,
    outcomeId: outcome.id,
    flags: { ...outcome.flags },
    amount: outcome.needsAmount ? 1000 + (index % 5000) : 0,
    customerName: `Customer ${index}`,
    phoneE164: `+86138${String(index % 100_000_000).padStart(8, '0')}`,
    phoneRaw: `138 ${index}`,
    recordUrl: `https://crm.example.com/leads/${index % 200_000}`,
    pageTitle: 'Lead',
    notes: index % 3 === 0 ? 'asked to call back after the renewal notice' : '',
    scriptPath: [],
    checklistDone: [],
    rebuttalsUsed: index % 7 === 0 ? ['r-price-1'] : [],
    overrides: [],
    updatedAt: startedAt,
  };
}

const api = {
  /** Seeds `count` calls spread over 2026 plus their rollups, in chunks of one transaction each. Returns seconds taken. */
  async seed(databaseName: string, count: number, chunk = 20_000): Promise<number> {
    const started = performance.now();
    const db = new CallsideDatabase(databaseName);
    await db.open();
    const raw = db.backendDB();
    for (let from = 0; from < count; from += chunk) {
      const calls: CallRecord[] = [];
      for (let index = from; index < Math.min(count, from + chunk); index++)
        calls.push(benchCall(index, YEAR_START + Math.floor((index / count) * YEAR_MS)));
      const rollups = recountRollups(calls);
      // Raw IndexedDB for seeding only (Dexie's per-row bookkeeping would double the minutes this takes).
      await new Promise<void>((resolve, reject) => {
        const tx = raw.transaction(['calls', 'rollups'], 'readwrite');
        const callStore = tx.objectStore('calls');
        for (const call of calls) callStore.add(call);
        const rollupStore = tx.objectStore('rollups');
        // Chunks are in time order, so a day can straddle two chunks: merge with what is stored.
        for (const rollup of rollups.values()) {
          const read = rollupStore.get(rollup.day);
          read.onsuccess = () => {
            const stored = read.result as typeof rollup | undefined;
            rollupStore.put(stored ? { day: rollup.day, ...addTotals(stored, rollup) } : rollup);
          };
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    return (performance.now() - started) / 1000;
  },

  async countCalls(databaseName: string): Promise<number> {
    const db = new CallsideDatabase(databaseName);
    const count = await db.calls.count();
    db.close();
    return count;
  },

  /** Times logging a call (call + rollup, one transaction) against a bare IndexedDB put of the same record. */
  async logVersusPut(samples: number): Promise<{ log: number[]; put: number[]; dexiePut: number[] }> {
    const logDb = new CallsideDatabase(`bench-log-${Date.now()}`);
    const putDb = new CallsideDatabase(`bench-put-${Date.now()}`);
    await Promise.all([logDb.open(), putDb.open()]);
    const raw = putDb.backendDB();
    const log: number[] = [];
    const put: number[] = [];
    const dexiePut: number[] = [];
    for (let i = 0; i < samples; i++) {
      const call = benchCall(i, Date.now());
      // Alternate which goes first so neither benefits from a warm disk.
      const timeLog = async () => {
        const t0 = performance.now();
        await addCall(call, logDb);
        log.push(performance.now() - t0);
      };
      const timePut = async () => {
        const t0 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = raw.transaction('calls', 'readwrite');
          tx.objectStore('calls').put(call);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        put.push(performance.now() - t0);
      };
      const timeDexiePut = async () => {
        const t0 = performance.now();
        await putDb.calls.put({ ...call, id: `${call.id}-dexie` });
        dexiePut.push(performance.now() - t0);
      };
      await timeDexiePut();
      if (i % 2) {
        await timeLog();
        await timePut();
      } else {
        await timePut();
        await timeLog();
      }
    }
    logDb.close();
    putDb.close();
    return { log: log.slice(10), put: put.slice(10), dexiePut: dexiePut.slice(10) };
  },

  /** Times of month and year totals over the seeded database, read from rollups. */
  async totals(
    databaseName: string,
    runs: number,
  ): Promise<{ month: number[]; year: number[]; monthCold: number; yearCold: number; yearDials: number }> {
    const db = new CallsideDatabase(databaseName);
    await db.open();
    const month: number[] = [];
    const year: number[] = [];
    let yearDials = 0;
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      await monthTotals(`2026-${String((i % 12) + 1).padStart(2, '0')}`, db);
      month.push(performance.now() - t0);
      t0 = performance.now();
      yearDials = (await yearTotals(2026, db)).dials;
      year.push(performance.now() - t0);
    }
    db.close();
    // The first read of each opens the store after the seeding: reported apart as the cold read.
    return { month: month.slice(1), year: year.slice(1), monthCold: month[0] ?? Number.NaN, yearCold: year[0] ?? Number.NaN, yearDials };
  },
};

(globalThis as unknown as { callsBench: typeof api }).callsBench = api;
