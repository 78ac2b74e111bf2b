// Bundled into the bench blank page (the extension's own origin) by
// calls.bench.ts: the call log's real write and read paths, beside their floor.
import '../../lib/zod-setup';
import { addCall } from '../../lib/calls/call-log';
import { monthTotals, yearTotals } from '../../lib/calls/rollups';
import { CallsideDatabase } from '../../lib/db/database';
import { customerCountsFor } from '../../lib/targets/customer-counts';
import { funnelOf } from '../../lib/targets/levers';
import { benchCall } from './bench-calls';
import { rawLogCall } from './floors';

const api = {
  /**
   * `runs` runs of `perRun` calls logged through the app (addCall: validation,
   * one Dexie transaction over calls and rollups) and as many through the raw
   * floor, alternating which goes first so neither gets a warmer disk.
   */
  async logVersusRaw(runs: number, perRun: number): Promise<{ log: number[][]; raw: number[][] }> {
    const db = new CallsideDatabase();
    await db.open();
    const raw = db.backendDB();
    const log: number[][] = [];
    const floor: number[][] = [];
    for (let run = 0; run < runs; run++) {
      const logTimes: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < perRun; i++) {
        const index = 10_000_000 + run * perRun * 2 + i * 2;
        const timeLog = async () => {
          const call = benchCall(index, Date.now());
          const started = performance.now();
          await addCall(call, db);
          logTimes.push(performance.now() - started);
        };
        const timeRaw = async () => {
          rawTimes.push(await rawLogCall(raw, benchCall(index + 1, Date.now())));
        };
        if (i % 2) {
          await timeLog();
          await timeRaw();
        } else {
          await timeRaw();
          await timeLog();
        }
      }
      log.push(logTimes);
      floor.push(rawTimes);
    }
    db.close();
    return { log, raw: floor };
  },

  /** Times of month and year totals (from rollups), `runs` reads of each; the first pair is the cold read. */
  async totals(runs: number): Promise<{ month: number[]; year: number[]; yearDials: number }> {
    const db = new CallsideDatabase();
    await db.open();
    const month: number[] = [];
    const year: number[] = [];
    let yearDials = 0;
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      await monthTotals(`2026-${String((i % 12) + 1).padStart(2, '0')}`, db);
      month.push(performance.now() - started);
      started = performance.now();
      yearDials = (await yearTotals(2026, db)).dials;
      year.push(performance.now() - started);
    }
    db.close();
    return { month, year, yearDials };
  },

  /**
   * The customer-based month funnel as the Targets views read it: the month's
   * distinct-customer counts (one row) and call totals (rollups), then the
   * rates. `runs` reads over different months; the first is the cold read.
   */
  async monthFunnel(runs: number): Promise<{ times: number[]; dialedCustomers: number; connectRate: number | undefined }> {
    const db = new CallsideDatabase();
    await db.open();
    const times: number[] = [];
    let last: ReturnType<typeof funnelOf> | undefined;
    for (let i = 0; i < runs; i++) {
      const monthKey = `2026-${String((i % 12) + 1).padStart(2, '0')}`;
      const started = performance.now();
      const [counts, totals] = await Promise.all([customerCountsFor(monthKey, db), monthTotals(monthKey, db)]);
      last = funnelOf(counts, totals);
      times.push(performance.now() - started);
    }
    db.close();
    return { times, dialedCustomers: last?.customers.dialed ?? 0, connectRate: last?.customerRates.connectRate };
  },
};

(globalThis as unknown as { callsBench: typeof api }).callsBench = api;
