import { browser } from 'wxt/browser';
import { dayKeyOf } from '../calendar/day-key';
import { type PeriodKind, type PeriodRange, periodOf, periodRange, shiftPeriod } from '../calendar/periods';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { fail, ok, type Result } from '../result';
import { buildSummary } from './build-summary';
import { customerNeedles, findCustomerData } from './privacy-check';
import { summaryCsv } from './summary-csv';
import type { Summary } from './summary-schema';

export type SummaryFileKind = 'json' | 'csv';

export interface PreparedExport {
  summary: Summary;
  fileName: string;
  text: string;
  mimeType: string;
}

/** The version in the manifest; 'unknown' outside the extension (tests). */
export function currentAppVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** The periods a rep can export: this one and the eleven before it. */
export function exportablePeriods(kind: PeriodKind, today: string, count = 12): PeriodRange[] {
  const current = periodOf(kind, today);
  const periods: PeriodRange[] = [];
  for (let offset = 0; offset < count; offset++) {
    const range = periodRange(shiftPeriod(current.key, -offset));
    if (range) periods.push(range);
  }
  return periods;
}

/** Letters and digits of any script survive (张伟 stays 张伟); everything a file system dislikes becomes a dash. */
function fileSafe(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** callside-summary_<rep>_<period>_<export day>.json: the lead sees whose and which period without opening it. */
export function summaryFileName(summary: Summary, kind: SummaryFileKind): string {
  const rep = fileSafe(summary.rep.name) || summary.rep.id.slice(0, 8);
  return `callside-summary_${rep}_${summary.period.key}_${dayKeyOf(summary.exportedAt)}.${kind}`;
}

/**
 * Builds the summary for a period and its file, after the privacy gate: the
 * file's every text is checked against the customer data of the calls it was
 * made from, and nothing is handed out if any of it appears.
 */
export async function prepareSummaryExport(
  {
    period,
    kind,
    now,
    appVersion,
    browserLanguage,
  }: { period: PeriodRange; kind: SummaryFileKind; now: number; appVersion: string; browserLanguage: string },
  db: CallsideDatabase = getDatabase(),
): Promise<Result<PreparedExport, 'customer-data'>> {
  const { summary, calls } = await buildSummary({ period, now, appVersion }, browserLanguage, db);
  const checked = findCustomerData(summary, customerNeedles(calls));
  if (!checked.ok) return fail('customer-data', { params: checked.error.params });
  const text = kind === 'json' ? JSON.stringify(summary, null, 2) : summaryCsv(summary);
  return ok({
    summary,
    fileName: summaryFileName(summary, kind),
    text,
    mimeType: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8',
  });
}
