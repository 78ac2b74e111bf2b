import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { dayKeyOf } from '../../../lib/calendar/day-key';
import { addCall } from '../../../lib/calls/call-log';
import { loadMonthBasis, loadMonthToday, loadMonthView, type MonthBasis, monthViewOf } from '../../../lib/targets/month-view';
import { setTarget } from '../../../lib/targets/target-store';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';

const DEAL = { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } as const;
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const TODAY = '2026-11-04';

/** Follows a live query: every answer it gives, and a promise for the first answer that passes `until`. */
function follow<T>(query: () => Promise<T>) {
  const answers: T[] = [];
  const waiting: { until(value: T): boolean; resolve(value: T): void }[] = [];
  const subscription = liveQuery(query).subscribe((value) => {
    answers.push(value);
    for (const wait of [...waiting])
      if (wait.until(value)) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(value);
      }
  });
  const next = (until: (value: T) => boolean) =>
    new Promise<T>((resolve) => {
      const found = answers.find(until);
      if (found) resolve(found);
      else waiting.push({ until, resolve });
    });
  return { answers, next, stop: () => subscription.unsubscribe() };
}

describe('month view, live', () => {
  it('a call saved today re-reads today’s rows only, not the year; a past day’s change re-reads the year', async () => {
    const db = freshDatabase();
    await setTarget({ periodKey: '2026-11', kpi: 'deals', floor: 42, stretchFactor: 1.5, reason: 'month' }, 0, db);
    await addCall(makeCall({ startedAt: at('2026-11-02'), day: '2026-11-02', outcomeId: 'deal', flags: DEAL, amount: 100 }), db);
    let basisReads = 0;
    const basis = follow(() => {
      basisReads += 1;
      return loadMonthBasis(TODAY, db);
    });
    const today = follow(() => loadMonthToday(TODAY, false, db));
    const firstBasis = await basis.next(() => true);
    await today.next(() => true);
    expect(firstBasis.otherRollups.map((rollup) => rollup.day)).toEqual(['2026-11-02']);

    // Two deals today: the today query follows them, the year's query is not run again.
    for (const hour of [11, 12])
      await addCall(
        makeCall({ startedAt: at(TODAY, hour), day: dayKeyOf(at(TODAY, hour)), outcomeId: 'deal', flags: DEAL, amount: 50 }),
        db,
      );
    const todayNow = await today.next((value) => value.rollup?.deals === 2);
    // Then a deal on a past day: that one is the year's business. Had today's calls re-run it, it would have run 4 times.
    await addCall(makeCall({ startedAt: at('2026-11-03'), day: '2026-11-03', outcomeId: 'deal', flags: DEAL, amount: 100 }), db);
    const basisNow: MonthBasis = await basis.next((value) => value.otherRollups.length === 2);
    expect(basisReads).toBe(2);

    // The two parts make the same view as reading it all at once.
    const composed = monthViewOf(basisNow, todayNow, at(TODAY, 13));
    const whole = await loadMonthView(TODAY, at(TODAY, 13), db);
    expect(composed.headline?.pace).toEqual(whole.headline?.pace);
    expect(composed.headline?.pace.todayActual).toBe(2);
    expect(composed.headline?.pace.monthToDate).toBe(4);
    expect(composed.kpis).toEqual(whole.kpis);
    basis.stop();
    today.stop();
  });
});
