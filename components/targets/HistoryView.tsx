import { dayKeyOf, systemClock } from '../../lib/calendar';
import { periodOf } from '../../lib/calendar/periods';
import type { CallsideDatabase } from '../../lib/db/database';
import { loadProfile } from '../../lib/settings/settings';
import { connectDurations, dealsAwaitingIssue, durationHistogram, markPolicy } from '../../lib/targets/month-calls';
import { platformHistory } from '../../lib/targets/plan';
import { useLeverView, useMonthView } from '../../lib/targets/use-targets';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useI18n } from '../shared/i18n';
import { formatKpi } from './format';
import { DurationCard, FunnelCard, HeatCalendar, LeverCard, TrendCard } from './HistoryCards';
import './targets.css';

export interface HistoryViewProps {
  db: CallsideDatabase;
  now?: () => number;
}

/** The dashboard's "My history": trend against target, funnel, levers, heat calendar, durations, deals to mark issued. */
export function HistoryView({ db, now = systemClock.now }: HistoryViewProps) {
  const { t, language } = useI18n();
  const today = dayKeyOf(now());
  const month = periodOf('month', today);
  const monthState = useMonthView(db, now);
  const profileState = useLiveQuery(() => loadProfile('en', db), [db]);
  const profile = profileState.status === 'ready' ? profileState.value.profile : undefined;
  const insurance = profile?.industry === 'car-insurance';
  const leverState = useLeverView(db, now, insurance);
  const calls = useLiveQuery(
    async () => ({
      durations: await connectDurations(month.first, month.last, db),
      deals: insurance ? await dealsAwaitingIssue(month.first, month.last, db) : [],
    }),
    [db, month.first, insurance],
  );
  if (monthState.status !== 'ready') return <p class="muted">{t('common.loading')}</p>;
  const view = monthState.value;
  const headline = view.headline;
  const kpi = headline?.kpi ?? 'deals';
  // Each day's platform as it stood that morning; the plan's share for the days to come.
  const platforms = headline
    ? platformHistory(
        {
          target: headline.floor,
          first: month.first,
          last: month.last,
          actualOf: (day) => view.actualOf(kpi, day),
          entries: view.entries,
          unit: kpi === 'revenue' || kpi === 'issued' ? 0.01 : 1,
        },
        today,
      )
    : new Map<string, number>();
  const trendDays = (headline?.plan.days ?? []).map((day) => ({
    day: day.day,
    working: day.working,
    actual: day.day <= today ? view.actualOf(kpi, day.day) : undefined,
    platform: day.working
      ? day.day === today
        ? headline?.todayPlatform
        : day.day < today
          ? platforms.get(day.day)
          : day.planned
      : undefined,
  }));
  const value = (amount: number) => formatKpi(amount, kpi, language);
  const time = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(at);

  return (
    <div class="stack">
      {headline ? (
        <p>
          {t('targets.history.summary', {
            kpi: t(`targets.kpi.${kpi}`),
            actual: value(headline.pace.monthToDate),
            target: value(headline.floor),
            status: t(`targets.status.${headline.pace.status}`),
          })}
        </p>
      ) : (
        <p class="muted">{t('targets.history.noTarget', { kpi: t(`targets.kpi.${kpi}`) })}</p>
      )}
      <div class="history-grid">
        <TrendCard days={trendDays} kpiLabel={t(`targets.kpi.${kpi}`)} format={value} t={t} />
        {leverState.status === 'ready' && <FunnelCard funnel={leverState.value.funnel} insurance={insurance} language={language} t={t} />}
        {leverState.status === 'ready' && <LeverCard view={leverState.value} language={language} t={t} />}
        <HeatCalendar days={trendDays} format={value} t={t} />
        {calls.status === 'ready' && (
          <DurationCard buckets={durationHistogram(calls.value.durations)} effectiveSeconds={profile?.effectiveSeconds ?? 30} t={t} />
        )}
        {insurance && calls.status === 'ready' && (
          <section class="history-card" aria-labelledby="history-deals">
            <h3 id="history-deals">{t('targets.history.deals')}</h3>
            {calls.value.deals.length === 0 && <p class="muted">{t('targets.history.noDeals')}</p>}
            <ul>
              {calls.value.deals.map((deal) => (
                <li key={deal.id}>
                  {time(deal.startedAt)} · {formatKpi(deal.amount, 'revenue', language)}{' '}
                  <button
                    type="button"
                    aria-label={t('targets.history.markIssued', { when: time(deal.startedAt) })}
                    onClick={() => void markPolicy(deal.id, 'issued', now(), db)}
                  >
                    {t('targets.history.stage.issued')}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={t('targets.history.markDeclined', { when: time(deal.startedAt) })}
                    onClick={() => void markPolicy(deal.id, 'declined', now(), db)}
                  >
                    {t('targets.history.declined')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
