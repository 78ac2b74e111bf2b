// Bundled into the bench blank page (the extension's own origin) by
// targets.bench.ts: what the Targets views read, on the seeded database.
import '../../lib/zod-setup';
import { startOfDay } from '../../lib/calendar/day-key';
import { periodRange } from '../../lib/calendar/periods';
import { monthTotals, yearTotals } from '../../lib/calls/rollups';
import { CallsideDatabase } from '../../lib/db/database';
import { customerCountsBetween, customerCountsFor } from '../../lib/targets/customer-counts';
import { funnelOf } from '../../lib/targets/levers';
import { loadMonthView } from '../../lib/targets/month-view';
import { removeTarget, setTarget } from '../../lib/targets/target-store';

const pad = (value: number) => String(value).padStart(2, '0');
const time = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
};

const api = {
  /**
   * `runs` reads of each: the month view the panel bars and the Targets
   * section read (targets of the day's periods, the year's rollups and
   * calendar, the plan and pace), with a year and a month target set; the
   * customer-based year funnel; a 30-day window of distinct customers.
   */
  async targetsReads(runs: number) {
    const db = new CallsideDatabase();
    await db.open();
    const at = startOfDay('2026-12-01');
    const year = await setTarget({ periodKey: '2026', kpi: 'deals', floor: 60_000, stretchFactor: 1.2, reason: 'bench' }, at, db);
    const months = [];
    for (let index = 1; index <= 12; index++)
      months.push(
        await setTarget({ periodKey: `2026-${pad(index)}`, kpi: 'revenue', floor: 2_000_000, stretchFactor: 1.2, reason: 'bench' }, at, db),
      );
    const monthView: number[] = [];
    const yearFunnel: number[] = [];
    const window: number[] = [];
    let kpis = 0;
    let yearCustomers = 0;
    let windowCustomers = 0;
    for (let i = 0; i < runs; i++) {
      const day = `2026-${pad((i % 12) + 1)}-${pad(10 + (i % 15))}`;
      const [viewMs, view] = await time(() => loadMonthView(day, startOfDay(day) + 10 * 3600_000, db));
      monthView.push(viewMs);
      kpis = view.kpis.length;
      const [yearMs, funnel] = await time(async () => {
        const [counts, totals] = await Promise.all([customerCountsFor('2026', db), yearTotals(2026, db)]);
        return funnelOf(counts, totals);
      });
      yearFunnel.push(yearMs);
      yearCustomers = funnel.customers.dialed;
      const range = periodRange(`2026-${pad((i % 12) + 1)}`);
      if (!range) throw new RangeError('month');
      const [windowMs, counts] = await time(() => customerCountsBetween(range.first, range.last, db));
      window.push(windowMs);
      windowCustomers = counts.dialed;
    }
    const [monthMs] = await time(async () => funnelOf(await customerCountsFor('2026-12', db), await monthTotals('2026-12', db)));
    if (year.ok) await removeTarget(year.value.id, 'bench done', at, db);
    for (const month of months) if (month.ok) await removeTarget(month.value.id, 'bench done', at, db);
    await db.targetHistory.filter((change) => change.reason === 'bench' || change.reason === 'bench done').delete();
    db.close();
    return { monthView, yearFunnel, window, kpis, yearCustomers, windowCustomers, monthMs };
  },
};

(globalThis as unknown as { targetsBench: typeof api }).targetsBench = api;
