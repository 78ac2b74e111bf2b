import { formatNumber, type Translate } from '../../lib/i18n';
import type { Language } from '../../lib/settings/settings';
import type { SummaryKpi } from '../../lib/team/summary-schema';
import { formatDuration } from '../calls/format';

/** A KPI value as the rep reads it: money with two decimals at most, talk time as h:mm:ss, counts as integers. */
export function formatKpi(kpi: SummaryKpi | 'talkSeconds' | 'issuedPremium', value: number, language: Language): string {
  if (kpi === 'talkSeconds') return formatDuration(value);
  // A target in 'issued' is issued premium (lib/targets), so money too.
  if (kpi === 'revenue' || kpi === 'issuedPremium' || kpi === 'issued') return formatNumber(value, language, { maximumFractionDigits: 2 });
  return formatNumber(value, language, { maximumFractionDigits: 1 });
}

/** A rate with its counts beside it, never alone: "32% (16/50)". */
export function formatRate(part: number, whole: number, t: Translate, language: Language): string {
  if (whole === 0) return t('team.countsOnly', { part: formatNumber(part, language), whole: formatNumber(whole, language) });
  return t('team.rateWithCounts', {
    rate: formatNumber(part / whole, language, { style: 'percent', maximumFractionDigits: 1 }),
    part: formatNumber(part, language),
    whole: formatNumber(whole, language),
  });
}

export const formatDateTime = (at: number, language: Language) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
