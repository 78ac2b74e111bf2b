// Bundled into the bench blank page by bench-browser.ts: an onboarded rep and
// N calls over 2026 with everything the app keeps in step with them (day
// rollups, distinct customers per period), in the extension's own database.
import '../../lib/zod-setup';
import { addTotals, recountRollups } from '../../lib/calls/rollups';
import { CallsideDatabase } from '../../lib/db/database';
import type { CallRecord, CustomerCount, CustomerPeriod } from '../../lib/db/records';
import { defaultProfile, saveProfile } from '../../lib/settings/settings';
import { CUSTOMER_STAGES, CustomerCountBuilder, emptyCount } from '../../lib/targets/customer-counts-build';
import { benchCall, YEAR_MS, YEAR_START } from './bench-calls';

type Stage = (typeof CUSTOMER_STAGES)[number];

/**
 * Merges one chunk's customer rows into the stored ones: a customer new to a
 * stage in a period adds one to that period's count, exactly as the app's
 * per-call update does (chunks are in time order, periods straddle them).
 */
function mergeCustomers(tx: IDBTransaction, calls: readonly CallRecord[]): void {
  const builder = new CustomerCountBuilder();
  for (const call of calls) builder.add(call);
  const { periods, counts } = builder.result();
  const periodStore = tx.objectStore('customerPeriods');
  const countStore = tx.objectStore('customerCounts');
  const entered = new Map<string, Record<Stage, number>>();
  const chunkCounts = new Map(counts.map((count) => [count.periodKey, count]));
  let pending = periods.length;
  const writeCounts = () => {
    const keys = new Set([...entered.keys(), ...chunkCounts.keys()]);
    for (const periodKey of keys) {
      const read = countStore.get(periodKey);
      read.onsuccess = () => {
        const stored = (read.result as CustomerCount | undefined) ?? emptyCount(periodKey);
        const next = { ...stored };
        for (const stage of CUSTOMER_STAGES) next[stage] += entered.get(periodKey)?.[stage] ?? 0;
        const chunk = chunkCounts.get(periodKey);
        if (chunk) {
          next.issuedDeals += chunk.issuedDeals;
          next.issuedPremium += chunk.issuedPremium;
          next.declinedDeals += chunk.declinedDeals;
        }
        countStore.put(next);
      };
    }
  };
  if (pending === 0) writeCounts();
  for (const row of periods) {
    const read = periodStore.get([row.periodKey, row.customerKey]);
    read.onsuccess = () => {
      const stored = read.result as CustomerPeriod | undefined;
      const next = { ...row };
      const gained =
        entered.get(row.periodKey) ?? (Object.fromEntries(CUSTOMER_STAGES.map((stage) => [stage, 0])) as Record<Stage, number>);
      for (const stage of CUSTOMER_STAGES) {
        const before = stored?.[stage] ?? 0;
        next[stage] = before + row[stage];
        if (before === 0 && next[stage] > 0) gained[stage] += 1;
      }
      entered.set(row.periodKey, gained);
      periodStore.put(next);
      pending -= 1;
      if (pending === 0) writeCounts();
    };
  }
}

/** Returns the seconds taken. */
export async function seedBench(count: number, chunk = 20_000, name?: string, customers?: number): Promise<number> {
  const started = performance.now();
  const db = new CallsideDatabase(name);
  await db.open();
  await saveProfile({ ...defaultProfile('en-US'), repName: 'Bench Rep', language: 'en', onboardedAt: YEAR_START }, db);
  const raw = db.backendDB();
  const withCustomers = raw.objectStoreNames.contains('customerPeriods') && raw.objectStoreNames.contains('customerCounts');
  const stores = withCustomers ? ['calls', 'rollups', 'customerPeriods', 'customerCounts'] : ['calls', 'rollups'];
  for (let from = 0; from < count; from += chunk) {
    const calls: CallRecord[] = [];
    for (let index = from; index < Math.min(count, from + chunk); index++)
      calls.push(benchCall(index, YEAR_START + Math.floor((index / count) * YEAR_MS), customers));
    const rollups = recountRollups(calls);
    // Raw IndexedDB for seeding only (Dexie's per-row bookkeeping would double the minutes this takes).
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(stores, 'readwrite');
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
      if (withCustomers) mergeCustomers(tx, calls);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  const stored = await db.calls.count();
  db.close();
  if (stored !== count) throw new Error(`seeded ${stored} calls, expected ${count}`);
  return (performance.now() - started) / 1000;
}

(globalThis as unknown as { seedBench: typeof seedBench }).seedBench = seedBench;
