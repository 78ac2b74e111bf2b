import type * as z from 'zod/mini';
import { daysBetween } from '../calendar/day-key';
import { fail, ok, type Result } from '../result';
import { hashOfDocument } from './content-hash';
import { parseJsonFile } from './json-file';
import {
  DAY_COUNT_FIELDS,
  SUMMARY_FORMAT,
  SUMMARY_MAX_BYTES,
  SUMMARY_VERSION,
  type Summary,
  type SummaryDay,
  summarySchema,
} from './summary-schema';

export type SummaryRejectionCode =
  | 'too-large'
  | 'empty'
  | 'csv'
  | 'not-json'
  | 'proto-key'
  | 'not-summary'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid'
  | 'period'
  | 'day-outside-period'
  | 'duplicate-day'
  | 'days-out-of-order'
  | 'totals-mismatch'
  | 'customers-exceed'
  | 'hash-mismatch';

export type SummaryRead = Result<Summary, SummaryRejectionCode>;

/**
 * Older format versions are upgraded to the current shape here, one function
 * per version, so a lead keeps importing files from reps who have not updated.
 */
const UPGRADES: Record<number, (document: unknown) => unknown> = {
  1: (document) => document,
};

/** Revenue is kept to the cent, so sums compare to the cent. */
const sameMoney = (a: number, b: number) => Math.abs(a - b) < 0.005 + Math.abs(a) * 1e-12;

/** Day-level checks the schema alone cannot express: each day once, in order, inside the period, adding up to the totals. */
export function checkSummaryConsistency(summary: Summary): Result<Summary, SummaryRejectionCode> {
  const { period } = summary;
  if (period.first > period.last || daysBetween(period.first, period.last) > 366) {
    return fail('period', { params: { first: period.first, last: period.last } });
  }
  const seen = new Set<string>();
  let previous = '';
  const sums = Object.fromEntries(DAY_COUNT_FIELDS.map((field) => [field, 0])) as Record<(typeof DAY_COUNT_FIELDS)[number], number>;
  for (const day of summary.days) {
    if (seen.has(day.day)) return fail('duplicate-day', { params: { day: day.day } });
    seen.add(day.day);
    if (day.day < period.first || day.day > period.last) {
      return fail('day-outside-period', { params: { day: day.day, first: period.first, last: period.last } });
    }
    if (day.day < previous) return fail('days-out-of-order', { params: { day: day.day } });
    previous = day.day;
    for (const field of DAY_COUNT_FIELDS) sums[field] += day[field];
  }
  for (const field of DAY_COUNT_FIELDS) {
    const total = summary.totals[field];
    const matches = field === 'revenue' ? sameMoney(sums[field], total) : sums[field] === total;
    if (!matches) return fail('totals-mismatch', { params: { field, days: roundForMessage(sums[field]), totals: total } });
  }
  // A distinct customer needs at least one call of its kind, so these bounds are exact.
  const bounds = [
    ['dialed', 'dials'],
    ['connected', 'connects'],
    ['quoted', 'quotes'],
    ['signed', 'deals'],
  ] as const;
  for (const [customers, calls] of bounds) {
    if (summary.customers[customers] > summary.totals[calls]) {
      return fail('customers-exceed', {
        params: { field: customers, customers: summary.customers[customers], calls: summary.totals[calls] },
      });
    }
  }
  return ok(summary);
}

const roundForMessage = (value: number) => Math.round(value * 100) / 100;

/** The first problem Zod found, as "path: message" (developer detail; the UI shows it inside a translated sentence). */
export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Checks the parsed document: format, version, schema, day consistency. Synchronous; the hash is checked apart. */
export function validateSummaryDocument(document: unknown): Result<Summary, SummaryRejectionCode> {
  const head = document as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== SUMMARY_FORMAT) {
    const format = typeof head === 'object' && head !== null && 'format' in head ? String(head.format) : '';
    return fail('not-summary', { params: { format } });
  }
  const version = head.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SUMMARY_VERSION) {
    return fail('newer-version', { params: { version } });
  }
  const upgrade = typeof version === 'number' ? UPGRADES[version] : undefined;
  if (!upgrade) return fail('unknown-version', { params: { version: String(version) } });
  const parsed = summarySchema.safeParse(upgrade(document));
  if (!parsed.success) return fail('invalid', { params: { detail: firstIssue(parsed.error) } });
  return checkSummaryConsistency(parsed.data);
}

/** The whole check of one file's text, all of it before anything is written. */
export async function readSummaryText(text: string, sizeBytes: number = text.length): Promise<SummaryRead> {
  const parsed = parseJsonFile(text, sizeBytes, SUMMARY_MAX_BYTES);
  if (!parsed.ok) return parsed;
  const checked = validateSummaryDocument(parsed.value);
  if (!checked.ok) return checked;
  // The hash covers the file as written (before any version upgrade).
  const expected = await hashOfDocument(parsed.value as object);
  if (expected !== checked.value.contentHash) return fail('hash-mismatch');
  return checked;
}

export type { SummaryDay };
