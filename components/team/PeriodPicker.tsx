import type { PeriodKind, PeriodRange } from '../../lib/calendar/periods';
import { useI18n } from '../shared/i18n';

const KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year'];

/** A period type and one of its periods; the parent owns both and the list of choices. */
export function PeriodPicker({
  kind,
  periods,
  selectedKey,
  onKind,
  onPeriod,
  idPrefix,
}: {
  kind: PeriodKind;
  periods: readonly PeriodRange[];
  selectedKey: string;
  onKind(kind: PeriodKind): void;
  onPeriod(key: string): void;
  idPrefix: string;
}) {
  const { t } = useI18n();
  return (
    <div class="row period-picker">
      <label class="field" for={`${idPrefix}-kind`}>
        <span>{t('team.period.kind')}</span>
        <select id={`${idPrefix}-kind`} value={kind} onChange={(event) => onKind(event.currentTarget.value as PeriodKind)}>
          {KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`team.period.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field" for={`${idPrefix}-period`}>
        <span>{t('team.period.choose')}</span>
        <select id={`${idPrefix}-period`} value={selectedKey} onChange={(event) => onPeriod(event.currentTarget.value)}>
          {periods.map((period) => (
            <option key={period.key} value={period.key}>
              {period.kind === 'day' ? period.key : `${period.key} (${t('team.period.range', { first: period.first, last: period.last })})`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
