// Bundled into the bench blank page by bench-browser.ts: an onboarded rep and
// N calls over 2026 with their rollups, in the extension's own database.
import '../../lib/zod-setup';
import { addTotals, recountRollups } from '../../lib/calls/rollups';
import { CallsideDatabase } from '../../lib/db/database';
import type { CallRecord } from '../../lib/db/records';
import { defaultProfile, saveProfile } from '../../lib/settings/settings';
import { benchCall, YEAR_MS, YEAR_START } from './bench-calls';

/** Returns the seconds taken. */
async function seedBench(count: number, chunk = 20_000): Promise<number> {
  const started = performance.now();
  const db = new CallsideDatabase();
  await db.open();
  await saveProfile({ ...defaultProfile('en-US'), repName: 'Bench Rep', language: 'en', onboardedAt: YEAR_START }, db);
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
  const stored = await db.calls.count();
  db.close();
  if (stored !== count) throw new Error(`seeded ${stored} calls, expected ${count}`);
  return (performance.now() - started) / 1000;
}

(globalThis as unknown as { seedBench: typeof seedBench }).seedBench = seedBench;
