// Hooks of the targets views: live queries that re-run when a call, a target
// or the calendar changes, in this page or any other Callside page.
import { useEffect } from 'preact/hooks';
import { dayKeyOf } from '../calendar/day-key';
import type { CallsideDatabase } from '../db/database';
import { useLiveQuery } from '../ui/use-live-query';
import { seedCalendar } from './calendar-store';
import { loadLeverView } from './lever-view';
import { loadMonthView } from './month-view';
import { loadTargetSettings } from './target-store';

/** Seeds the calendar's language defaults once (zh-CN: China's official days), then reads the month. */
export function useMonthView(db: CallsideDatabase, now: () => number, language: 'en' | 'zh-CN') {
  useEffect(() => {
    void seedCalendar(language, db).catch(() => undefined);
  }, [db, language]);
  const today = dayKeyOf(now());
  return useLiveQuery(() => loadMonthView(today, now(), db), [db, today]);
}

export function useLeverView(db: CallsideDatabase, now: () => number, insurance: boolean) {
  const today = dayKeyOf(now());
  return useLiveQuery(async () => loadLeverView(today, await loadTargetSettings(db), insurance, db), [db, today, insurance]);
}
