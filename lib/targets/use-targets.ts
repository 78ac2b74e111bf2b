// Hooks of the targets views: live queries that re-run when a call, a target
// or the calendar changes, in this page or any other Callside page.
import { dayKeyOf } from '../calendar/day-key';
import type { CallsideDatabase } from '../db/database';
import { useLiveQuery } from '../ui/use-live-query';
import { loadLeverView } from './lever-view';
import { loadMonthView } from './month-view';
import { loadTargetSettings } from './target-store';

/** The month as stored: the calendar's defaults are seeded once with the default content (lib/content/default-content.ts). */
export function useMonthView(db: CallsideDatabase, now: () => number) {
  const today = dayKeyOf(now());
  return useLiveQuery(() => loadMonthView(today, now(), db), [db, today]);
}

export function useLeverView(db: CallsideDatabase, now: () => number, insurance: boolean) {
  const today = dayKeyOf(now());
  return useLiveQuery(async () => loadLeverView(today, await loadTargetSettings(db), insurance, db), [db, today, insurance]);
}
