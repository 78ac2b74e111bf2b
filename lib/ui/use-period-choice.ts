import { useMemo, useState } from 'preact/hooks';
import type { DayKey } from '../calendar/day-key';
import type { PeriodKind } from '../calendar/periods';
import { exportablePeriods } from '../team/export-summary';

/**
 * The period a rep exports or a lead looks at: a kind (month by default) and
 * one of its recent periods; changing the kind picks that kind's newest period.
 */
export function usePeriodChoice(today: DayKey) {
  const [kind, setKind] = useState<PeriodKind>('month');
  const periods = useMemo(() => exportablePeriods(kind, today), [kind, today]);
  const [periodKey, setPeriodKey] = useState(periods[0]?.key ?? '');
  const period = periods.find((entry) => entry.key === periodKey) ?? periods[0];
  const chooseKind = (next: PeriodKind) => {
    setKind(next);
    setPeriodKey(exportablePeriods(next, today)[0]?.key ?? '');
  };
  return { kind, periods, period, chooseKind, choosePeriod: setPeriodKey };
}
