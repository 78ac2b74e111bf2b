import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallsideDatabase } from '../../lib/db/database';
import { useMonthView } from '../../lib/targets/use-targets';
import { useI18n } from '../shared/i18n';
import { formatKpi } from './format';
import { TargetBars } from './TargetBars';
import './targets.css';

export interface TargetSummaryProps {
  db: CallsideDatabase;
  now(): number;
  openOptions(): void;
}

/** Today / This month bars for the Call section, live as calls are saved. */
export function TargetSummary({ db, now, openOptions }: TargetSummaryProps) {
  const { t, language } = useI18n();
  const state = useMonthView(db, now);
  const headline = state.status === 'ready' ? state.value.headline : undefined;
  // A milestone passed while the panel is open is announced once, quietly (never on load).
  const seen = useRef<number | undefined>(undefined);
  const [celebration, setCelebration] = useState<string>();
  const milestone = headline?.pace.milestone;
  useEffect(() => {
    if (milestone === undefined) return;
    if (seen.current !== undefined && milestone > seen.current) setCelebration(t('targets.milestone', { percent: milestone }));
    seen.current = milestone;
  }, [milestone, t]);
  if (state.status !== 'ready') return null;
  if (!headline)
    return (
      <p class="target-bars-empty muted">
        {t('targets.bar.none')}{' '}
        <button type="button" class="link-button" onClick={openOptions}>
          {t('targets.bar.setUp')}
        </button>
      </p>
    );
  const value = (amount: number) => formatKpi(amount, headline.kpi, language);
  return (
    <TargetBars
      kpiLabel={t(`targets.kpi.${headline.kpi}`)}
      today={{
        actual: headline.pace.todayActual,
        target: headline.todayPlatform,
        text: t('targets.bar.of', { actual: value(headline.pace.todayActual), target: value(headline.todayPlatform) }),
      }}
      month={{
        actual: headline.pace.monthToDate,
        target: headline.floor,
        text: t('targets.bar.of', { actual: value(headline.pace.monthToDate), target: value(headline.floor) }),
      }}
      stretchNote={t('targets.bar.stretch', { stretch: value(headline.stretch) })}
      celebration={celebration}
    />
  );
}
