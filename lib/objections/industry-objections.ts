import type { ObjectionRecord } from '../db/records';
import type { Industry } from '../settings/settings';
import type { DefaultObjection } from './objection-model';

/**
 * The library a rep of one industry sees: the language's whole library is
 * seeded (objections cross industries more often than scripts do), but a
 * default objection written for another trade ("I already renewed" to a
 * home-renovation rep) is left out. The rep's own objections always show;
 * "other" sees everything.
 */
export function objectionsForIndustry(
  records: readonly ObjectionRecord[],
  locale: string,
  industry: Industry,
  defaults: readonly DefaultObjection[],
): ObjectionRecord[] {
  if (industry === 'other') return [...records];
  const otherTrades = new Set(
    defaults
      .filter((objection) => objection.industries && !objection.industries.includes(industry))
      .map((objection) => `default-${locale}-${objection.key}`),
  );
  return records.filter((record) => !otherTrades.has(record.id));
}
