import { formatNumber } from '../../lib/i18n';
import type { LeaderboardRow } from '../../lib/team/leaderboard';
import type { repWeakestLever } from '../../lib/team/rep-insights';
import type { TenureStage } from '../../lib/team/tenure';
import { useI18n } from '../shared/i18n';
import { TrendChart } from './TrendChart';
import { formatKpi, formatRate } from './team-format';

/** A tenure stage with its signs and what the lead does (DOMAIN.md "Team stages"). */
export function StageCard({
  title,
  stage,
  months,
  unknownText,
}: {
  title: string;
  stage: TenureStage | undefined;
  months: number;
  unknownText: string;
}) {
  const { t } = useI18n();
  return (
    <section class="card" aria-label={title}>
      <h4>{title}</h4>
      {stage ? (
        <>
          <p>
            <strong>{t('team.tenure.line', { stage: t(`team.stage.${stage}`), months })}</strong>
          </p>
          <p class="muted">{t(`team.stage.${stage}.signs`)}</p>
          <p>{t(`team.stage.${stage}.lead`)}</p>
        </>
      ) : (
        <p class="muted">{unknownText}</p>
      )}
    </section>
  );
}

/** One rep's funnel, weakest lever with its coaching, tenure stage and daily trend. Display only. */
export function RepDetail({
  row,
  lever,
  tenure,
}: {
  row: LeaderboardRow;
  lever: ReturnType<typeof repWeakestLever>;
  tenure: { stage: TenureStage; months: number } | undefined;
}) {
  const { t, language } = useI18n();
  const name = row.name || row.repId;
  const { funnel, basis } = lever;
  const stages = [
    ['summary.customers.dialed', funnel.customers.dialed, undefined],
    ['summary.customers.connected', funnel.customers.connected, funnel.customers.dialed],
    ['summary.customers.quoted', funnel.customers.quoted, funnel.customers.connected],
    ['summary.customers.signed', funnel.customers.signed, funnel.customers.quoted],
  ] as const;
  const percent = (value: number | undefined) =>
    value === undefined ? t('team.none') : formatNumber(value, language, { style: 'percent', maximumFractionDigits: 1 });
  const leverValue = (value: number | undefined, averagePremium: boolean) =>
    value === undefined ? t('team.none') : averagePremium ? formatKpi('revenue', value, language) : percent(value);
  const weakest = lever.weakest;
  return (
    <section aria-labelledby="rep-detail" class="stack">
      <h3 id="rep-detail">{t('team.rep.title', { name })}</h3>
      <div class="rep-detail">
        <section class="card" aria-label={t('team.funnel')}>
          <h4>{t('team.funnel')}</h4>
          {basis === 'calls' && <p class="muted">{t('team.funnel.exactOnly')}</p>}
          <table class="team-table">
            <thead>
              <tr>
                <th scope="col">{t('team.funnel.stage')}</th>
                <th scope="col" class="num">
                  {t('team.funnel.customers')}
                </th>
                <th scope="col" class="num">
                  {t('team.funnel.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stages.map(([label, count, base]) => (
                <tr key={label}>
                  <th scope="row">{t(label)}</th>
                  <td class="num">{formatNumber(count, language)}</td>
                  <td class="num">{base === undefined ? '' : formatRate(count, base, t, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section class="card" aria-label={t('team.weakest')}>
          <h4>{t('team.weakest')}</h4>
          {weakest ? (
            <>
              <p>
                {t('team.weakest.line', {
                  lever: t(`targets.lever.${weakest.lever}`),
                  value: leverValue(weakest.current, weakest.lever === 'averagePremium'),
                  benchmark: leverValue(weakest.reference, weakest.lever === 'averagePremium'),
                  against: t(lever.against === 'team' ? 'team.weakest.team' : 'team.weakest.default'),
                  basis: formatNumber(weakest.basis, language),
                  unit: t(basis === 'customers' ? 'team.weakest.unit.customers' : 'team.weakest.unit.calls'),
                })}
              </p>
              <dl class="coach">
                <dt>{t('targets.lever.right')}</dt>
                <dd>{t(`targets.coach.${weakest.lever}.right`)}</dd>
                <dt>{t('targets.lever.traps')}</dt>
                <dd>{t(`targets.coach.${weakest.lever}.traps`)}</dd>
              </dl>
            </>
          ) : (
            <p class="muted">{t('team.weakest.none')}</p>
          )}
        </section>
        <StageCard title={t('team.tenure')} stage={tenure?.stage} months={tenure?.months ?? 0} unknownText={t('team.tenure.unknown')} />
      </div>
      <section class="card stack" aria-label={t('team.trend')}>
        <h4>{t('team.trend')}</h4>
        <TrendChart days={row.days} />
        <details>
          <summary>{t('team.trend.table')}</summary>
          <table class="team-table">
            <thead>
              <tr>
                <th scope="col">{t('team.day')}</th>
                <th scope="col" class="num">
                  {t('team.kpi.dials')}
                </th>
                <th scope="col" class="num">
                  {t('team.kpi.connects')}
                </th>
                <th scope="col" class="num">
                  {t('team.kpi.quotes')}
                </th>
                <th scope="col" class="num">
                  {t('team.kpi.deals')}
                </th>
                <th scope="col" class="num">
                  {t('team.kpi.revenue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {row.days.map((day) => (
                <tr key={day.day}>
                  <th scope="row">{day.day}</th>
                  <td class="num">{day.dials}</td>
                  <td class="num">{day.connects}</td>
                  <td class="num">{day.quotes}</td>
                  <td class="num">{day.deals}</td>
                  <td class="num">{formatKpi('revenue', day.revenue, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </section>
  );
}
