// Bundled into the bench blank page by bench-browser.ts: an onboarded rep and
// N calls over 2026 with everything the app keeps in step with them (day
// rollups, distinct customers per period), in the extension's own database.
import '../../lib/zod-setup';
import { addTotals, recountRollups } from '../../lib/calls/rollups';
import { saveProfileAndSeed } from '../../lib/content/default-content';
import { CallsideDatabase } from '../../lib/db/database';
import type { CallRecord, CustomerCount, CustomerPeriod } from '../../lib/db/records';
import { defaultProfile } from '../../lib/settings/settings';
import {
  CUSTOMER_STAGES,
  callPolicyTotals,
  callStages,
  customerKeyOf,
  emptyCount,
  emptyStages,
  isEmptyCount,
  periodKeysOfDay,
  roundCents,
} from '../../lib/targets/customer-counts-build';
import { benchCall, YEAR_MS, YEAR_START } from './bench-calls';

/**
 * Distinct customers per period for calls that arrive in time order, as the
 * app keeps them (lib/targets/customer-counts-build.ts rules). A period the
 * calls have moved past can never change again, so its rows are handed over
 * for writing and forgotten: no read-before-write, and memory for the open
 * periods only (the year's customers at most).
 */
class StreamingCustomerCounts {
  private readonly rows = new Map<string, Map<string, CustomerPeriod>>();
  private readonly counts = new Map<string, CustomerCount>();

  add(call: CallRecord): void {
    const stages = callStages(call);
    const policy = callPolicyTotals(call);
    const customerKey = customerKeyOf(call);
    for (const periodKey of periodKeysOfDay(call.day)) {
      let rows = this.rows.get(periodKey);
      if (!rows) {
        rows = new Map();
        this.rows.set(periodKey, rows);
      }
      let row = rows.get(customerKey);
      if (!row) {
        row = { periodKey, customerKey, ...emptyStages() };
        rows.set(customerKey, row);
      }
      let count = this.counts.get(periodKey);
      if (!count) {
        count = emptyCount(periodKey);
        this.counts.set(periodKey, count);
      }
      for (const stage of CUSTOMER_STAGES) {
        if (stages[stage] === 1 && row[stage] === 0) count[stage] += 1;
        row[stage] += stages[stage];
      }
      count.issuedDeals += policy.issuedDeals;
      count.issuedPremium = roundCents(count.issuedPremium + policy.issuedPremium);
      count.declinedDeals += policy.declinedDeals;
    }
  }

  /** Rows and counts of every period not in `open` (all of them when `open` is empty), removed from memory. */
  takeClosed(open: readonly string[]): { periods: CustomerPeriod[]; counts: CustomerCount[] } {
    const periods: CustomerPeriod[] = [];
    const counts: CustomerCount[] = [];
    for (const [periodKey, rows] of this.rows) {
      if (open.includes(periodKey)) continue;
      // A customer with no stage reached has no row, and an empty count no row either, as the app stores them.
      for (const row of rows.values()) if (CUSTOMER_STAGES.some((stage) => row[stage] > 0)) periods.push(row);
      const count = this.counts.get(periodKey);
      if (count && !isEmptyCount(count)) counts.push(count);
      this.rows.delete(periodKey);
      this.counts.delete(periodKey);
    }
    return { periods, counts };
  }
}

/**
 * One chunk's writes in one readwrite transaction, in raw IndexedDB (Dexie's
 * per-row bookkeeping would double the minutes this takes). Every request is
 * a round trip to the storage engine, whose per-request cost is most of a
 * seed's time, so nothing is read or written that the app's state does not
 * need: calls are put (an add would first look the key up).
 */
function writeChunk(
  raw: IDBDatabase,
  stores: string[],
  calls: readonly CallRecord[],
  rollups: ReturnType<typeof recountRollups>,
  closed: { periods: CustomerPeriod[]; counts: CustomerCount[] } | undefined,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // The seed is rebuilt if cut short, so no commit needs to wait for the disk.
    const tx = raw.transaction(stores, 'readwrite', { durability: 'relaxed' });
    const callStore = tx.objectStore('calls');
    for (const call of calls) callStore.put(call);
    const rollupStore = tx.objectStore('rollups');
    // Chunks are in time order, so a day can straddle two chunks: merge with what is stored.
    for (const rollup of rollups.values()) {
      const read = rollupStore.get(rollup.day);
      read.onsuccess = () => {
        const stored = read.result as typeof rollup | undefined;
        rollupStore.put(stored ? { day: rollup.day, ...addTotals(stored, rollup) } : rollup);
      };
    }
    if (closed) {
      const periodStore = tx.objectStore('customerPeriods');
      for (const row of closed.periods) periodStore.put(row);
      const countStore = tx.objectStore('customerCounts');
      for (const row of closed.counts) countStore.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Seeds `count` calls; returns the seconds taken. While the storage engine
 * commits one chunk (in the browser process), the page builds and sends the
 * next: IndexedDB runs transactions on the same stores in the order they were
 * made, so a chunk still sees the one before it.
 */
export async function seedBench(count: number, chunk = 20_000, name?: string, customers?: number): Promise<number> {
  const started = performance.now();
  const db = new CallsideDatabase(name);
  await db.open();
  // Through first run's own save, so the outcomes, scripts and calendar are seeded as for a real rep.
  const fresh = defaultProfile('en-US');
  await saveProfileAndSeed(fresh, { ...fresh, repName: 'Bench Rep', language: 'en', onboardedAt: YEAR_START }, db, 'en-US', YEAR_START);
  const raw = db.backendDB();
  const withCustomers = raw.objectStoreNames.contains('customerPeriods') && raw.objectStoreNames.contains('customerCounts');
  const stores = withCustomers ? ['calls', 'rollups', 'customerPeriods', 'customerCounts'] : ['calls', 'rollups'];
  const customerCounts = new StreamingCustomerCounts();
  const inFlight: Promise<void>[] = [];
  for (let from = 0; from < count; from += chunk) {
    const calls: CallRecord[] = [];
    for (let index = from; index < Math.min(count, from + chunk); index++)
      calls.push(benchCall(index, YEAR_START + Math.floor((index / count) * YEAR_MS), customers));
    const rollups = recountRollups(calls);
    const last = calls[calls.length - 1];
    let closed: { periods: CustomerPeriod[]; counts: CustomerCount[] } | undefined;
    if (withCustomers) {
      for (const call of calls) customerCounts.add(call);
      // The last chunk writes everything; earlier ones the periods the calls have left.
      closed = customerCounts.takeClosed(last && from + chunk < count ? periodKeysOfDay(last.day) : []);
    }
    inFlight.push(writeChunk(raw, stores, calls, rollups, closed));
    // Two chunks at most in memory: one committing, one being sent.
    if (inFlight.length > 1) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const stored = await db.calls.count();
  db.close();
  if (stored !== count) throw new Error(`seeded ${stored} calls, expected ${count}`);
  return (performance.now() - started) / 1000;
}

(globalThis as unknown as { seedBench: typeof seedBench }).seedBench = seedBench;
