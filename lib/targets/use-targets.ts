// Hooks of the targets views: live queries that re-run when a call, a target
// or the calendar changes, in this page or any other Callside page.
import { useMemo } from 'preact/hooks';
import { dayKeyOf } from '../calendar/day-key';
import type { CallsideDatabase } from '../db/database';
import { type LiveState, useLiveQuery } from '../ui/use-live-query';
import { loadLeverView } from './lever-view';
import { loadMonthBasis, loadMonthToday, monthViewOf, type TargetsMonthView } from './month-view';
import { loadTargetSettings } from './target-store';

/**
 * The month as stored: the calendar's defaults are seeded once with the default content (lib/content/default-content.ts).
 * Two live queries: the year's targets, calendar and other days (unchanged by a call saved today), and today's
 * own rows. A saved call, in this window or another, re-reads one row instead of the year.
 */
export function useMonthView(db: CallsideDatabase, now: () => number): LiveState<TargetsMonthView> {
  const today = dayKeyOf(now());
  const basis = useLiveQuery(() => loadMonthBasis(today, db), [db, today]);
  const needsDayCounts = basis.status === 'ready' && basis.value.needsDayCounts;
  const todayPart = useLiveQuery(() => loadMonthToday(today, needsDayCounts, db), [db, today, needsDayCounts]);
  return useMemo((): LiveState<TargetsMonthView> => {
    if (basis.status === 'error') return basis;
    if (todayPart.status === 'error') return todayPart;
    // Both read for this day: past midnight, yesterday's answers wait for today's.
    if (basis.status !== 'ready' || todayPart.status !== 'ready' || basis.value.today !== today || todayPart.value.day !== today)
      return { status: 'loading' };
    return { status: 'ready', value: monthViewOf(basis.value, todayPart.value, now()) };
  }, [basis, todayPart, today, now]);
}

export function useLeverView(db: CallsideDatabase, now: () => number, insurance: boolean) {
  const today = dayKeyOf(now());
  return useLiveQuery(async () => loadLeverView(today, await loadTargetSettings(db), insurance, db), [db, today, insurance]);
}
