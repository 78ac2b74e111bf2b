import { useLayoutEffect } from 'preact/hooks';
import type { Totals } from '../../lib/calls/rollups';
import { formatNumber } from '../../lib/i18n';
import type { Industry } from '../../lib/settings/settings';
import { useFirstPaintI18n } from '../shared/i18n';
import { formatDuration } from './format';
import './calls.css';

export interface TodayNumbersProps {
  totals: Totals | undefined;
  /** Names the revenue the rep's trade counts: premium, contract value, revenue. */
  industry?: Industry;
}

/** Today's dials, connects, quotes, deals, revenue and talk time: always at the top of the panel. */
export function TodayNumbers({ totals, industry = 'other' }: TodayNumbersProps) {
  const { t, language } = useFirstPaintI18n();
  // biome-ignore lint/correctness/useExhaustiveDependencies: marks the first paint with numbers once
  useLayoutEffect(() => {
    // The panel's first useful paint, for the open-time benchmark.
    if (totals && performance.getEntriesByName('callside:today').length === 0) performance.mark('callside:today');
  }, [totals !== undefined]);
  const value = (count: number | undefined) => (totals === undefined ? '–' : formatNumber(count ?? 0, language));
  const cells: [string, string][] = [
    [t('today.dials'), value(totals?.dials)],
    [t('today.connects'), value(totals?.connects)],
    [t('today.quotes'), value(totals?.quotes)],
    [t('today.deals'), value(totals?.deals)],
    [t(`today.revenue.${industry}`), value(totals?.revenue)],
    [t('today.talkTime'), totals === undefined ? '–' : formatDuration(totals.talkSeconds)],
  ];
  return (
    <section class="today" aria-label={t('today.region')} aria-busy={totals === undefined}>
      <dl>
        {cells.map(([label, shown]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{shown}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
