import type { Kpi } from '../../lib/db/records';
import type { Translate } from '../../lib/i18n';
import type { Language } from '../../lib/settings/settings';
import type { LeverView } from '../../lib/targets/lever-view';
import type { KpiMonth } from '../../lib/targets/month-view';
import { formatKpi, formatPercent } from './format';
import { LeverCoaching } from './LeverCoaching';

interface OverviewProps {
  kpis: KpiMonth[];
  levers: LeverView | undefined;
  middayClock: string;
  language: Language;
  t: Translate;
  onOpenSettings(): void;
  onOpenHistory(): void;
}

function KpiCard({ entry, middayClock, language, t }: { entry: KpiMonth; middayClock: string; language: Language; t: Translate }) {
  const value = (amount: number) => formatKpi(amount, entry.kpi, language);
  const { pace, midday } = entry;
  const percent = (ratio: number) => formatPercent(ratio, language);
  const headingId = `targets-kpi-${entry.kpi}`;
  return (
    <section class="targets-kpi" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`targets.kpi.${entry.kpi}` as `targets.kpi.${Kpi}`)}{' '}
        <span class={`targets-status ${pace.status}`}>{t(`targets.status.${pace.status}`)}</span>
      </h3>
      <p class="muted">{t(`targets.source.${entry.source}`, { rate: formatPercent(entry.issueRate, language) })}</p>
      <p>
        {t('targets.pace.floorStretch', {
          floor: value(entry.floor),
          floorPercent: percent(pace.attainmentFloor),
          stretch: value(entry.stretch),
          stretchPercent: percent(pace.attainmentStretch),
        })}
      </p>
      <p>{t('targets.pace.today', { actual: value(pace.todayActual), platform: value(entry.todayPlatform) })}</p>
      <p>{t('targets.pace.monthToDate', { actual: value(pace.monthToDate), plan: value(pace.plannedToDate) })}</p>
      <p>{t('targets.pace.projected', { projected: value(pace.projected) })}</p>
      <p>{t('targets.pace.needed', { needed: value(pace.neededPerDay), days: pace.remainingWorkingDays })}</p>
      <p>{t('targets.pace.week', { week: entry.week.key, actual: value(entry.week.actual), target: value(entry.week.floor) })}</p>
      <p>{t('targets.pace.streak', { count: entry.streak })}</p>
      <p>
        <strong>{t('targets.midday.title', { time: middayClock })}</strong>{' '}
        {!midday.passed
          ? t('targets.midday.due', { actual: value(midday.actual), due: value(midday.due) })
          : midday.reached
            ? t('targets.midday.reached', { actual: value(midday.actual), due: value(midday.due) })
            : t('targets.midday.short', { short: value(midday.due - midday.actual), actual: value(midday.actual), due: value(midday.due) })}
      </p>
      <h4 class="muted">{t('targets.sprints.title')}</h4>
      <ul class="targets-sprints">
        {entry.sprints.map((sprint) => (
          <li key={sprint.index}>
            {t(`targets.sprint.${sprint.index}`)}:{' '}
            {t('targets.sprint.row', { actual: value(sprint.actual), target: value(sprint.target), checkpoint: sprint.last.slice(5) })} ·{' '}
            {t(`targets.sprint.${sprint.state}`)}
            {sprint.met ? ` · ${t('targets.sprint.met')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The panel's Targets region: each KPI's floor and stretch, pace, midday checkpoint, sprints, then the weakest lever. */
export function TargetsOverview({ kpis, levers, middayClock, language, t, onOpenSettings, onOpenHistory }: OverviewProps) {
  return (
    <div class="targets-region">
      {kpis.length === 0 && <p class="muted">{t('targets.bar.none')}</p>}
      {kpis.map((entry) => (
        <KpiCard key={entry.kpi} entry={entry} middayClock={middayClock} language={language} t={t} />
      ))}
      {levers && <LeverCoaching view={levers} language={language} t={t} />}
      <p>
        <button type="button" onClick={onOpenSettings}>
          {t('targets.openSettings')}
        </button>{' '}
        <button type="button" onClick={onOpenHistory}>
          {t('targets.openHistory')}
        </button>
      </p>
    </div>
  );
}
