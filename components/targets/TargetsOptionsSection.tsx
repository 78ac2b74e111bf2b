import { useState } from 'preact/hooks';
import { type PeriodKind, periodKeyOf, systemClock } from '../../lib/calendar';
import { dayKeyOf } from '../../lib/calendar/day-key';
import type { CallsideDatabase } from '../../lib/db/database';
import type { Kpi } from '../../lib/db/records';
import type { Profile } from '../../lib/settings/settings';
import { KPI_ORDER } from '../../lib/targets/month-view';
import { DEFAULT_STRETCH_FACTOR, removeTarget, setTarget, targetChanges, targetsForPeriod } from '../../lib/targets/target-store';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useI18n } from '../shared/i18n';
import { formatKpi } from './format';
import { TargetSettingsForm } from './TargetSettingsForm';
import './targets.css';

const KINDS: readonly PeriodKind[] = ['month', 'week', 'day', 'quarter', 'year'];

export interface TargetsOptionsProps {
  db: CallsideDatabase;
  profile: Profile;
  now?: () => number;
}

/** Options: set a target's floor and stretch for any period and KPI, with the reason; see and undo changes. */
export function TargetsOptionsSection({ db, profile, now = systemClock.now }: TargetsOptionsProps) {
  const { t, language } = useI18n();
  const today = dayKeyOf(now());
  const [kind, setKind] = useState<PeriodKind>('month');
  const [periodKey, setPeriodKey] = useState(periodKeyOf('month', today));
  const [kpi, setKpi] = useState<Kpi>('deals');
  const [floor, setFloor] = useState('');
  const [factor, setFactor] = useState(String(DEFAULT_STRETCH_FACTOR));
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const current = useLiveQuery(() => targetsForPeriod(periodKey, db), [db, periodKey]);
  const changes = useLiveQuery(() => targetChanges(periodKey, db), [db, periodKey]);
  const kpis = KPI_ORDER.filter((entry) => entry !== 'issued' || profile.industry === 'car-insurance');

  const save = async (event: Event) => {
    event.preventDefault();
    const floorValue = Number(floor.replace(/[,\s]/g, ''));
    const factorValue = Number(factor);
    if (floor.trim() === '' || !Number.isFinite(floorValue) || !Number.isFinite(factorValue)) {
      setMessage({ text: t('targets.problem.bad-number'), error: true });
      return;
    }
    try {
      const result = await setTarget(
        { periodKey: periodKey.trim(), kpi, floor: floorValue, stretchFactor: factorValue, reason },
        now(),
        db,
      );
      if (!result.ok) setMessage({ text: t(`targets.problem.${result.error.code}`), error: true });
      else {
        setMessage({ text: t('targets.options.saved'), error: false });
        setReason('');
      }
    } catch (error) {
      setMessage({ text: describeStorageError(error, t), error: true });
    }
  };

  const when = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(at);
  return (
    <div class="options-targets stack">
      <form onSubmit={save} aria-label={t('targets.options.title')}>
        <label>
          {t('targets.options.period')}
          <select
            aria-label={t('targets.options.period')}
            value={kind}
            onChange={(event) => {
              const next = (event.target as HTMLSelectElement).value as PeriodKind;
              setKind(next);
              setPeriodKey(periodKeyOf(next, today));
            }}
          >
            {KINDS.map((entry) => (
              <option key={entry} value={entry}>
                {t(`targets.period.${entry}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('targets.options.periodKey')}
          <input
            value={periodKey}
            onInput={(event) => setPeriodKey((event.target as HTMLInputElement).value)}
            aria-describedby="target-period-hint"
          />
          <span id="target-period-hint" class="muted">
            {t('targets.options.periodHint')}
          </span>
        </label>
        <label>
          {t('targets.options.kpi')}
          <select
            aria-label={t('targets.options.kpi')}
            value={kpi}
            onChange={(event) => setKpi((event.target as HTMLSelectElement).value as Kpi)}
          >
            {kpis.map((entry) => (
              <option key={entry} value={entry}>
                {t(`targets.kpi.${entry}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('targets.options.floor')}
          <input inputMode="decimal" value={floor} onInput={(event) => setFloor((event.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('targets.options.stretchFactor')}
          <input inputMode="decimal" value={factor} onInput={(event) => setFactor((event.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('targets.options.reason')}
          <input value={reason} maxLength={500} onInput={(event) => setReason((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('targets.options.save')}</button>
        <p role="status" class={message?.error ? 'error' : ''}>
          {message?.text}
        </p>
      </form>

      <h3>{t('targets.options.current')}</h3>
      {current.status === 'ready' && current.value.length === 0 && <p class="muted">{t('targets.options.noTargets')}</p>}
      {current.status === 'ready' && current.value.length > 0 && (
        <ul>
          {current.value.map((target) => (
            <li key={target.id}>
              {t(`targets.kpi.${target.kpi}`)}: {formatKpi(target.floor, target.kpi, language)} ·{' '}
              {t('targets.bar.stretch', { stretch: formatKpi(target.stretch, target.kpi, language) })}{' '}
              <button
                type="button"
                aria-label={t('targets.options.remove', { kpi: t(`targets.kpi.${target.kpi}`), period: target.periodKey })}
                onClick={() =>
                  void removeTarget(target.id, reason, now(), db).then((result) => {
                    if (!result.ok) setMessage({ text: t(`targets.problem.${result.error.code}`), error: true });
                  })
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('targets.options.history')}</h3>
      {changes.status === 'ready' && (
        <ul>
          {changes.value.map((change) => (
            <li key={change.id}>
              {t('targets.options.historyRow', {
                when: when(change.at),
                kpi: t(`targets.kpi.${change.kpi}`),
                old: change.old ? formatKpi(change.old.value, change.kpi, language) : '–',
                new: change.new ? formatKpi(change.new.value, change.kpi, language) : t('targets.options.removed'),
                reason: change.reason,
              })}
            </li>
          ))}
        </ul>
      )}
      <TargetSettingsForm db={db} kpis={kpis} />
    </div>
  );
}
