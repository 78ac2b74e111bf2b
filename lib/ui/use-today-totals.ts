import { useEffect, useState } from 'preact/hooks';
import { dayKeyOf } from '../calendar';
import { dayTotals, type Totals } from '../calls/rollups';
import type { CallsideDatabase } from '../db/database';
import { type LiveState, useLiveQuery } from './use-live-query';

/** Today's totals from today's rollup (one row, never the calls), following every write from any panel. */
export function useTodayTotals(db: CallsideDatabase, now: () => number): LiveState<Totals> {
  const [day, setDay] = useState(() => dayKeyOf(now()));
  // A panel left open past midnight moves on to the new day.
  useEffect(() => {
    const timer = setInterval(() => setDay(dayKeyOf(now())), 60_000);
    return () => clearInterval(timer);
  }, [now]);
  return useLiveQuery(() => dayTotals(day, db), [db, day]);
}
