// Browser-side floors: the same work as a figure done with nothing but raw
// IndexedDB, in the same origin and browser, on the same store layout. A
// figure's ratio is its time over its floor's, measured in the same run.
import { CallsideDatabase } from '../../lib/db/database';
import type { CallRecord } from '../../lib/db/records';
import { CUSTOMER_STAGES, callStages, customerKeyOf, periodKeysOfDay } from '../../lib/targets/customer-counts-build';

/** A fresh database with the app's store layout (its Dexie schema), as a raw IDBDatabase. */
export async function sameLayoutDatabase(name: string): Promise<IDBDatabase> {
  const db = new CallsideDatabase(name);
  await db.open();
  return db.backendDB();
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

interface RollupRow {
  day: string;
  dials: number;
  connects: number;
  effective: number;
  quotes: number;
  deals: number;
  revenue: number;
  talkSeconds: number;
  byOutcome: Record<string, number>;
}

/** The customer rows of a call's periods (day, week, month, quarter, year) and their counts, read and put back. */
function countCustomers(tx: IDBTransaction, call: CallRecord): void {
  const stages = callStages(call);
  const customerKey = customerKeyOf(call);
  const periods = tx.objectStore('customerPeriods');
  const counts = tx.objectStore('customerCounts');
  for (const periodKey of periodKeysOfDay(call.day)) {
    const row = periods.get([periodKey, customerKey]);
    const count = counts.get(periodKey);
    count.onsuccess = () => {
      const stored = row.result as Record<string, number> | undefined;
      const next: Record<string, unknown> = { periodKey, customerKey };
      const counter: Record<string, unknown> = count.result ?? { periodKey, issuedDeals: 0, issuedPremium: 0, declinedDeals: 0 };
      for (const stage of CUSTOMER_STAGES) {
        const before = stored?.[stage] ?? 0;
        next[stage] = before + stages[stage];
        if (before === 0 && stages[stage] > 0) counter[stage] = ((counter[stage] as number | undefined) ?? 0) + 1;
      }
      periods.put(next);
      counts.put(counter);
    };
  }
}

/**
 * Logging a call with raw IndexedDB: one readwrite transaction that adds the
 * call, gets the day's rollup and puts it back with the call counted in, and
 * (when the layout keeps distinct customers per period) gets and puts the
 * customer's row and the count of each of the call's periods: the same reads
 * and writes the app's transaction makes, with nothing else. Resolves when the
 * transaction commits; returns the milliseconds it took.
 */
export async function rawLogCall(db: IDBDatabase, call: CallRecord): Promise<number> {
  const started = performance.now();
  const customers = db.objectStoreNames.contains('customerPeriods') && db.objectStoreNames.contains('customerCounts');
  const tx = db.transaction(customers ? ['calls', 'rollups', 'customerPeriods', 'customerCounts'] : ['calls', 'rollups'], 'readwrite');
  tx.objectStore('calls').add(call);
  const rollups = tx.objectStore('rollups');
  const read = rollups.get(call.day);
  read.onsuccess = () => {
    const row = (read.result as RollupRow | undefined) ?? {
      day: call.day,
      dials: 0,
      connects: 0,
      effective: 0,
      quotes: 0,
      deals: 0,
      revenue: 0,
      talkSeconds: 0,
      byOutcome: {},
    };
    rollups.put({
      ...row,
      dials: row.dials + call.flags.dialed,
      connects: row.connects + call.flags.connected,
      effective: row.effective + call.flags.effective,
      quotes: row.quotes + call.flags.quoted,
      deals: row.deals + call.flags.deal,
      revenue: row.revenue + (call.flags.deal ? call.amount : 0),
      talkSeconds: row.talkSeconds + call.durationSec,
      byOutcome: { ...row.byOutcome, [call.outcomeId]: (row.byOutcome[call.outcomeId] ?? 0) + 1 },
    });
  };
  if (customers) countCustomers(tx, call);
  await done(tx);
  return performance.now() - started;
}

/**
 * The floor of an import: JSON.parse of every file's text, then one bulk put
 * of the rows `rowsOf` takes from them (each naming its store), in one
 * readwrite transaction. Use a sameLayoutDatabase so the floor's rows never
 * meet the figure's. Returns the milliseconds from the first parse to the commit.
 */
export async function parseAndBulkPut(
  db: IDBDatabase,
  stores: readonly string[],
  texts: readonly string[],
  rowsOf: (parsed: unknown) => readonly { store: string; row: unknown }[],
): Promise<number> {
  const started = performance.now();
  const rows = texts.flatMap((text) => rowsOf(JSON.parse(text)));
  const tx = db.transaction([...stores], 'readwrite');
  for (const { store, row } of rows) tx.objectStore(store).put(row);
  await done(tx);
  return performance.now() - started;
}
