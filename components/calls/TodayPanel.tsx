import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../../lib/calls/days';
import { dayTotals } from '../../lib/calls/rollups';
import type { CallsideDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-errors';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useI18n } from '../shared/i18n';
import { TodayNumbers } from './TodayNumbers';

/** Reads today's rollup (one row, never the calls) and follows every write, from any panel. */
export function TodayPanel({ db, now }: { db: CallsideDatabase; now: () => number }) {
  const { t } = useI18n();
  const [day, setDay] = useState(() => localDay(now()));
  // A panel left open past midnight moves on to the new day.
  useEffect(() => {
    const timer = setInterval(() => setDay(localDay(now())), 60_000);
    return () => clearInterval(timer);
  }, [now]);
  const state = useLiveQuery(() => dayTotals(day, db), [db, day]);
  if (state.status === 'error')
    return (
      <p role="alert" class="error today">
        {describeStorageError(state.error, t)}
      </p>
    );
  return <TodayNumbers totals={state.status === 'ready' ? state.value : undefined} />;
}
