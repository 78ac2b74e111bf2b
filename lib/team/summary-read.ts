import * as z from 'zod/mini';
import { daysBetween } from '../calendar/day-key';
import { defineFileFormat, type FileErrorCode, openFile, readBody } from '../formats/envelope';
import { fail, ok, type Result } from '../result';
import { hashOfDocument } from './content-hash';
import { checkSummaryDay } from './summary-day-check';
import {
  DAY_COUNT_FIELDS,
  SUMMARY_FORMAT,
  SUMMARY_MAX_BYTES,
  SUMMARY_VERSION,
  type Summary,
  type SummaryDay,
  summarySchema,
} from './summary-schema';

/**
 * What the reader checks: summarySchema with its days checked by the fast
 * equivalent of summaryDaySchema (same rules, same refusals, ~10x faster
 * without Zod's JIT). The documentation is generated from summarySchema itself.
 */
const summaryReadSchema = z.extend(summarySchema, {
  // One check over the whole array: Zod's own per-item machinery is what costs the time.
  days: z.unknown().check(
    z.superRefine((value, context) => {
      if (!Array.isArray(value)) {
        context.issues.push({ code: 'custom', message: 'Expected an array of days', input: value, path: [] });
        return;
      }
      if (value.length > 366) {
        context.issues.push({ code: 'custom', message: 'Too many days: at most 366', input: value, path: [] });
        return;
      }
      for (let index = 0; index < value.length; index++) {
        const problem = checkSummaryDay(value[index]);
        if (!problem) continue;
        context.issues.push({
          code: 'custom',
          message: problem.message,
          input: value[index],
          path: problem.field ? [index, problem.field] : [index],
        });
        return;
      }
    }),
  ),
}) as unknown as z.ZodMiniType<Summary, unknown>;

/** `callside.summary` through the shared file envelope (size, JSON, unsafe keys, format, version, schema). */
export const summaryFileFormat = defineFileFormat<Summary>({
  format: SUMMARY_FORMAT,
  version: SUMMARY_VERSION,
  maxBytes: SUMMARY_MAX_BYTES,
  schema: summaryReadSchema,
});

/** The same format as documented: the full Zod schema, days included (lib/team/summary-doc.ts). */
export const summaryDocFormat = defineFileFormat<Summary>({ ...summaryFileFormat, schema: summarySchema });

export type { SummaryDay };

/** What the summary's own checks add to the envelope's. */
export type SummaryContentCode =
  | 'period'
  | 'day-outside-period'
  | 'duplicate-day'
  | 'days-out-of-order'
  | 'totals-mismatch'
  | 'customers-exceed'
  | 'hash-mismatch';
export type SummaryRejectionCode = FileErrorCode | SummaryContentCode;

export type SummaryRead = Result<Summary, SummaryRejectionCode>;

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
    const matches = field === 'revenue' || field === 'issuedPremium' ? sameMoney(sums[field], total) : sums[field] === total;
    if (!matches) return fail('totals-mismatch', { params: { field, days: roundForMessage(sums[field]), totals: total } });
  }
  // A distinct customer needs at least one call of its kind, so these bounds are exact.
  const bounds = [
    ['dialed', 'dials'],
    ['connected', 'connects'],
    ['quoted', 'quotes'],
    ['signed', 'deals'],
    ['issued', 'issued'],
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

/** A file that passed every check but its hash: the summary, and the document as written, which the hash covers. */
export interface CheckedSummary {
  summary: Summary;
  document: Record<string, unknown>;
}

/**
 * Every check of one file's text but the hash, synchronously: the envelope,
 * then the days against the period and the totals. An import checks a chunk
 * of files this way, then waits for all their hashes at once.
 */
export function checkSummaryText(text: string, sizeBytes: number = text.length): Result<CheckedSummary, SummaryRejectionCode> {
  const opened = openFile(summaryFileFormat, text, sizeBytes);
  if (!opened.ok) return opened;
  const body = readBody(summaryFileFormat, opened.value);
  if (!body.ok) return body;
  const checked = checkSummaryConsistency(body.value);
  if (!checked.ok) return checked;
  return ok({ summary: checked.value, document: opened.value.json });
}

/** The last check: the hash the file carries is the hash of what it holds (before any version upgrade). */
export async function checkSummaryHash({ summary, document }: CheckedSummary): Promise<SummaryRead> {
  const expected = await hashOfDocument(document);
  return expected === summary.contentHash ? ok(summary) : fail('hash-mismatch');
}

/**
 * The whole check of one file's text, all of it before anything is written:
 * the envelope, then the days against the period and the totals, then the hash.
 */
export async function readSummaryText(text: string, sizeBytes: number = text.length): Promise<SummaryRead> {
  const checked = checkSummaryText(text, sizeBytes);
  return checked.ok ? checkSummaryHash(checked.value) : checked;
}
