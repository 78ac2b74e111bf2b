import type { Kpi } from '../../lib/db/records';
import { formatNumber } from '../../lib/i18n';
import type { Language } from '../../lib/settings/settings';

/** A KPI value as the rep reads it: whole counts, money with at most two decimals. */
export function formatKpi(value: number, kpi: Kpi, language: Language): string {
  const money = kpi === 'revenue' || kpi === 'issued';
  return formatNumber(value, language, { maximumFractionDigits: money ? 2 : 0 });
}

export function formatPercent(ratio: number | undefined, language: Language): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '–';
  return formatNumber(ratio, language, { style: 'percent', maximumFractionDigits: 1 });
}
