import type { Translate } from '../../lib/i18n';
import type { Language } from '../../lib/settings/settings';
import type { LeverView } from '../../lib/targets/lever-view';
import type { Funnel } from '../../lib/targets/levers';
import type { DurationBucket } from '../../lib/targets/month-calls';
import { ChartCanvas } from './ChartCanvas';
import { formatPercent } from './format';
import { LeverCoaching, leverValue } from './LeverCoaching';

export interface TrendDay {
  day: string;
  working: boolean;
  actual: number | undefined;
  platform: number | undefined;
}

const ACCENT = '#2457d6';
const TARGET = '#bf8700';
const SUCCESS = '#1a7f37';

/** Daily trend against the platform: bars for what was done, a line for each day's platform; the table carries the same numbers. */
export function TrendCard({
  days,
  kpiLabel,
  format,
  t,
}: {
  days: TrendDay[];
  kpiLabel: string;
  format(value: number): string;
  t: Translate;
}) {
  const label = `${t('targets.history.trend')}: ${kpiLabel}`;
  return (
    <section class="history-card" aria-labelledby="history-trend">
      <h3 id="history-trend">{label}</h3>
      <ChartCanvas
        label={label}
        config={{
          type: 'bar',
          data: {
            labels: days.map((day) => day.day.slice(8)),
            datasets: [
              { type: 'bar', label: t('targets.history.actual'), data: days.map((day) => day.actual ?? null), backgroundColor: ACCENT },
              {
                type: 'line',
                label: t('targets.history.platform'),
                data: days.map((day) => day.platform ?? null),
                borderColor: TARGET,
                backgroundColor: TARGET,
                spanGaps: false,
              },
            ],
          },
        }}
      />
      <details>
        <summary>{t('targets.history.trend')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('targets.history.day')}</th>
              <th scope="col">{t('targets.history.actual')}</th>
              <th scope="col">{t('targets.history.platform')}</th>
            </tr>
          </thead>
          <tbody>
            {days
              .filter((day) => day.working || (day.actual ?? 0) > 0)
              .map((day) => (
                <tr key={day.day}>
                  <th scope="row">{day.day}</th>
                  <td>{day.actual === undefined ? '–' : format(day.actual)}</td>
                  <td>{day.platform === undefined ? '–' : format(day.platform)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

const STAGES = ['dialed', 'connected', 'quoted', 'signed', 'issued'] as const;

/** The month's funnel by distinct customers and by calls, side by side. */
export function FunnelCard({ funnel, insurance, language, t }: { funnel: Funnel; insurance: boolean; language: Language; t: Translate }) {
  const stages = STAGES.filter((stage) => insurance || stage !== 'issued');
  const calls: Record<(typeof STAGES)[number], number> = {
    dialed: funnel.calls.dials,
    connected: funnel.calls.connects,
    quoted: funnel.calls.quotes,
    signed: funnel.calls.deals,
    issued: funnel.calls.issuedDeals,
  };
  const rateOf = { dialed: undefined, connected: 'connectRate', quoted: 'quoteRate', signed: 'successRate', issued: 'issueRate' } as const;
  return (
    <section class="history-card" aria-labelledby="history-funnel">
      <h3 id="history-funnel">{t('targets.history.funnel')}</h3>
      <ChartCanvas
        label={t('targets.history.funnel')}
        config={{
          type: 'bar',
          data: {
            labels: stages.map((stage) => t(`targets.history.stage.${stage}`)),
            datasets: [
              { label: t('targets.history.customers'), data: stages.map((stage) => funnel.customers[stage]), backgroundColor: ACCENT },
              { label: t('targets.history.calls'), data: stages.map((stage) => calls[stage]), backgroundColor: TARGET },
            ],
          },
        }}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('targets.history.stage')}</th>
            <th scope="col">{t('targets.history.customers')}</th>
            <th scope="col">{t('targets.history.customerRate')}</th>
            <th scope="col">{t('targets.history.calls')}</th>
            <th scope="col">{t('targets.history.callRate')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => {
            const lever = rateOf[stage];
            return (
              <tr key={stage}>
                <th scope="row">{t(`targets.history.stage.${stage}`)}</th>
                <td>{funnel.customers[stage]}</td>
                <td>{lever ? formatPercent(funnel.customerRates[lever], language) : '–'}</td>
                <td>{calls[stage]}</td>
                <td>{lever ? formatPercent(funnel.callRates[lever], language) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Each lever's rate against its reference (100 = on the reference), then the weakest one's coaching. */
export function LeverCard({ view, language, t }: { view: LeverView; language: Language; t: Translate }) {
  return (
    <section class="history-card" aria-labelledby="history-levers">
      <h3 id="history-levers">{t('targets.history.levers')}</h3>
      <ChartCanvas
        label={t('targets.history.levers')}
        config={{
          type: 'bar',
          data: {
            labels: view.levers.map((entry) => t(`targets.lever.${entry.lever}`)),
            datasets: [
              {
                label: `% ${t('targets.history.reference')}`,
                data: view.levers.map((entry) => (entry.index === undefined ? null : Math.round(entry.index * 100))),
                backgroundColor: view.levers.map((entry) => (entry.lever === view.weakest ? TARGET : SUCCESS)),
              },
            ],
          },
        }}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('targets.lever.title')}</th>
            <th scope="col">{t('targets.history.current')}</th>
            <th scope="col">{t('targets.history.reference')}</th>
            <th scope="col">{t('targets.history.customers')}</th>
          </tr>
        </thead>
        <tbody>
          {view.levers.map((entry) => (
            <tr key={entry.lever}>
              <th scope="row">{t(`targets.lever.${entry.lever}`)}</th>
              <td>{leverValue(entry.lever, entry.current, language)}</td>
              <td>{leverValue(entry.lever, entry.reference, language)}</td>
              <td>{entry.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LeverCoaching view={view} language={language} t={t} />
    </section>
  );
}

/** The month as a calendar: each working day shaded by how much of its platform was done, with the numbers in the cell. */
export function HeatCalendar({ days, format, t }: { days: TrendDay[]; format(value: number): string; t: Translate }) {
  const first = days[0]?.day;
  const offset = first ? (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7 : 0;
  const blanks = Array.from({ length: offset }, (_, position) => ({ key: `blank-${position}`, day: undefined }));
  const cells: { key: string; day?: TrendDay }[] = [...blanks, ...days.map((day) => ({ key: day.day, day }))];
  const weeks: { key: string; day?: TrendDay }[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  const level = (day: TrendDay) => {
    if (day.actual === undefined || !day.platform) return 0;
    const ratio = day.actual / day.platform;
    return ratio >= 1.2 ? 4 : ratio >= 1 ? 3 : ratio >= 0.5 ? 2 : ratio > 0 ? 1 : 0;
  };
  return (
    <section class="history-card" aria-labelledby="history-heat">
      <h3 id="history-heat">{t('targets.history.heat')}</h3>
      <table class="heat-calendar">
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.key}>
              {week.map(({ key, day }) =>
                day ? (
                  <td key={day.day} class={day.working ? `heat-${level(day)}` : 'off'} title={day.day}>
                    <strong>{Number(day.day.slice(8))}</strong>
                    {day.working && day.actual !== undefined && (
                      <>
                        <br />
                        {format(day.actual)}
                        {day.platform !== undefined ? `/${format(day.platform)}` : ''}
                      </>
                    )}
                  </td>
                ) : (
                  <td key={key} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Connected calls by length, with the effective-conversation threshold named. */
export function DurationCard({ buckets, effectiveSeconds, t }: { buckets: DurationBucket[]; effectiveSeconds: number; t: Translate }) {
  const labelOf = (bucket: DurationBucket) => (bucket.to === undefined ? `${bucket.from}+ s` : `${bucket.from}–${bucket.to} s`);
  return (
    <section class="history-card" aria-labelledby="history-duration">
      <h3 id="history-duration">{t('targets.history.duration')}</h3>
      <p class="muted">{t('targets.history.durationNote', { seconds: effectiveSeconds })}</p>
      <ChartCanvas
        label={t('targets.history.duration')}
        config={{
          type: 'bar',
          data: {
            labels: buckets.map(labelOf),
            datasets: [
              {
                label: t('targets.history.count'),
                data: buckets.map((bucket) => bucket.count),
                backgroundColor: buckets.map((bucket) => (bucket.from >= effectiveSeconds ? SUCCESS : ACCENT)),
              },
            ],
          },
        }}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('targets.history.bucket')}</th>
            <th scope="col">{t('targets.history.count')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket.from}>
              <th scope="row">{labelOf(bucket)}</th>
              <td>{bucket.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
