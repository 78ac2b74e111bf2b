import type { CallsideDatabase } from '../../lib/db/database';
import type { Industry } from '../../lib/settings/settings';
import { storageErrorText } from '../../lib/ui/storage-error-text';
import { useTodayTotals } from '../../lib/ui/use-today-totals';
import { useI18n } from '../shared/i18n';
import { memo } from '../shared/memo';
import { TodayNumbers } from './TodayNumbers';

/** Today's numbers at the top of the panel, live. */
export const TodayPanel = memo(function TodayPanel({ db, now, industry }: { db: CallsideDatabase; now: () => number; industry: Industry }) {
  const { t } = useI18n();
  const state = useTodayTotals(db, now);
  if (state.status === 'error')
    return (
      <p role="alert" class="error today">
        {storageErrorText(state.error, t)}
      </p>
    );
  return <TodayNumbers totals={state.status === 'ready' ? state.value : undefined} industry={industry} />;
});
