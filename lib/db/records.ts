import * as z from 'zod/mini';
import { isDayKey } from '../calendar/day-key';

/** 0/1 instead of boolean: IndexedDB does not index booleans. */
export const flagSchema = z.union([z.literal(0), z.literal(1)]);
export type Flag = z.infer<typeof flagSchema>;

/** Local calendar day a record belongs to, YYYY-MM-DD. */
export const dayStringSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isDayKey, { message: 'Not a calendar day' }));

export const funnelFlagsSchema = z.object({
  dialed: flagSchema,
  connected: flagSchema,
  effective: flagSchema,
  quoted: flagSchema,
  deal: flagSchema,
});
export type FunnelFlags = z.infer<typeof funnelFlagsSchema>;

export const complianceOverrideSchema = z.object({
  rule: z.string(),
  reason: z.string().check(z.minLength(1)),
  at: z.number(),
});

/**
 * Largest amount one call may carry. Far above any real deal, yet small enough
 * that a day's, year's or lifetime's revenue summed from such amounts (even a
 * million of them) stays a finite, cent-exact-enough number: an unbounded
 * amount (1e308) made revenue Infinity, backups write Infinity as null, and
 * subtracting it on delete gave NaN.
 */
export const MAX_AMOUNT = 1e12;

/**
 * Longest talk time one call may carry (24 h). Like MAX_AMOUNT it keeps every
 * talk-time total finite: an unbounded duration (1e308) summed to Infinity.
 */
export const MAX_DURATION_SEC = 86_400;

/** A count in a rollup: a whole number, never negative. */
const countSchema = z.int().check(z.minimum(0));

/** Money: finite, never negative, at most MAX_AMOUNT. */
export const amountSchema = z.number().check(z.minimum(0), z.maximum(MAX_AMOUNT));

export const callRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  startedAt: z.number(),
  endedAt: z.number(),
  day: dayStringSchema,
  /** Seconds connected (talk time). */
  durationSec: z.number().check(z.minimum(0), z.maximum(MAX_DURATION_SEC)),
  outcomeId: z.string(),
  /** Funnel flags copied from the outcome when saved, so renaming an outcome never rewrites history. */
  flags: funnelFlagsSchema,
  amount: amountSchema,
  customerName: z.optional(z.string()),
  phoneE164: z.optional(z.string()),
  phoneRaw: z.optional(z.string()),
  recordUrl: z.optional(z.string()),
  pageTitle: z.optional(z.string()),
  notes: z.string(),
  followUpAt: z.optional(z.number()),
  followUpDone: z.optional(flagSchema),
  scriptId: z.optional(z.string()),
  scriptPath: z._default(z.array(z.string()), []),
  checklistDone: z._default(z.array(z.string()), []),
  rebuttalsUsed: z._default(z.array(z.string()), []),
  overrides: z._default(z.array(complianceOverrideSchema), []),
  /** Insurance teams: a deal (受理, submitted) later marked issued (承保) or declined. Absent until marked. */
  policy: z.optional(z.enum(['issued', 'declined'])),
  updatedAt: z.number(),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

/** Per-day totals kept in step with calls inside the same transaction. */
export const dailyRollupSchema = z.object({
  day: dayStringSchema,
  dials: countSchema,
  connects: countSchema,
  effective: countSchema,
  quotes: countSchema,
  deals: countSchema,
  /** Sum of amounts; finite because every amount is bounded (z.number() refuses Infinity and NaN). */
  revenue: z.number().check(z.minimum(0)),
  talkSeconds: z.number().check(z.minimum(0)),
  byOutcome: z.record(z.string(), countSchema),
});
export type DailyRollup = z.infer<typeof dailyRollupSchema>;

export const outcomeRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  order: z.number(),
  label: z.object({ en: z.string(), 'zh-CN': z.string() }),
  /** Single key that logs this outcome in the panel. */
  hotkey: z.optional(z.string().check(z.maxLength(1))),
  flags: funnelFlagsSchema,
  needsAmount: flagSchema,
  addsToDnc: flagSchema,
  archived: z._default(flagSchema, 0),
});
export type OutcomeRecord = z.infer<typeof outcomeRecordSchema>;

export const scriptRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  industry: z.string(),
  locale: z.string(),
  /** The script document itself; its schema lives in lib/scripts. */
  body: z.unknown(),
  updatedAt: z.number(),
});
export type ScriptRecord = z.infer<typeof scriptRecordSchema>;

export const scriptVersionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  scriptId: z.string(),
  savedAt: z.number(),
  body: z.unknown(),
});
export type ScriptVersion = z.infer<typeof scriptVersionSchema>;

export const objectionRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  category: z.string(),
  locale: z.string(),
  title: z.string(),
  keywords: z.array(z.string()),
  rebuttals: z.array(z.object({ id: z.string(), text: z.string() })),
  updatedAt: z.number(),
});
export type ObjectionRecord = z.infer<typeof objectionRecordSchema>;

/** `issued` is issued premium (承保保费), the insurance teams' month target. */
export const kpiSchema = z.enum(['dials', 'connects', 'effective', 'quotes', 'deals', 'revenue', 'issued']);
export type Kpi = z.infer<typeof kpiSchema>;
export const periodSchema = z.enum(['year', 'quarter', 'month', 'week', 'day']);

/** The stretch tier's default: floor +20% (求其上得其中). */
export const DEFAULT_STRETCH_FACTOR = 1.2;

export const targetRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  period: periodSchema,
  /** e.g. 2026, 2026-Q4, 2026-11, 2026-W48, 2026-11-26 */
  periodKey: z.string(),
  kpi: kpiSchema,
  /** The floor (公司目标). */
  value: z.number().check(z.minimum(0), z.maximum(1e12)),
  /** The stretch tier (挑战目标) is value x stretchFactor; absent on v1/v2 rows, meaning the default. */
  stretchFactor: z.optional(z.number().check(z.minimum(1), z.maximum(10))),
  updatedAt: z.number(),
});
export type TargetRecord = z.infer<typeof targetRecordSchema>;

/** One change of a target, kept for good (v3): what it was, what it became, and why. */
export const targetChangeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  targetId: z.string(),
  periodKey: z.string(),
  kpi: kpiSchema,
  at: z.number(),
  old: z.nullable(z.object({ value: z.number(), stretchFactor: z.number() })),
  /** null when the target was removed. */
  new: z.nullable(z.object({ value: z.number(), stretchFactor: z.number() })),
  reason: z.string(),
});
export type TargetChange = z.infer<typeof targetChangeSchema>;

export const calendarDaySchema = z.object({
  day: dayStringSchema,
  kind: z.enum(['holiday', 'workday']),
  name: z.optional(z.string()),
  /** 'official' rows come from the bundled China calendar; the rep's own marks are 'user' (absent on v1/v2 rows). */
  source: z.optional(z.enum(['official', 'user'])),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/**
 * The funnel stages a customer can reach in a period, counted per customer
 * (v3). Counts, not flags, so removing one of a customer's calls is exact.
 */
export const customerStageCountsSchema = z.object({
  dialed: z.number(),
  connected: z.number(),
  quoted: z.number(),
  signed: z.number(),
  issued: z.number(),
});
export type CustomerStageCounts = z.infer<typeof customerStageCountsSchema>;

/** One customer's calls in one period (day, ISO week, month, quarter or year key). */
export const customerPeriodSchema = z.extend(customerStageCountsSchema, {
  periodKey: z.string(),
  /** The number in E.164, else the record URL, else the call's own id. */
  customerKey: z.string(),
});
export type CustomerPeriod = z.infer<typeof customerPeriodSchema>;

/** Distinct customers per stage in one period, plus issued deals and premium; kept in step with every call write. */
export const customerCountSchema = z.extend(customerStageCountsSchema, {
  periodKey: z.string(),
  issuedDeals: z.number(),
  issuedPremium: z.number(),
  declinedDeals: z.number(),
});
export type CustomerCount = z.infer<typeof customerCountSchema>;

/** Do-not-call entry: the number is stored only as a salted hash. */
export const dncEntrySchema = z.object({
  hash: z.string().check(z.minLength(1)),
  addedAt: z.number(),
  source: z.enum(['outcome', 'manual', 'import']),
});
export type DncEntry = z.infer<typeof dncEntrySchema>;

/** A do-not-call hash: SHA-256, 64 lowercase hex digits. */
export const DNC_HASH_LENGTH = 64;

/**
 * Do-not-call hashes (v5) grouped by their first hex digits, one row per
 * prefix: a 200,000-number list is about 4,096 rows instead of 200,000, and
 * writing rows, not bytes, is what made an import take a minute
 * (lib/compliance/dnc-store.ts).
 */
export const dncBucketSchema = z.object({
  prefix: z.string().check(z.regex(/^[0-9a-f]+$/)),
  /** The bucket's hashes, sorted, concatenated (each DNC_HASH_LENGTH long). */
  hashes: z.string(),
  /** When each hash was added, in the same order. */
  addedAt: z.array(z.number()),
  /** One letter per hash, same order: o outcome, m manual, i import. */
  sources: z.string().check(z.regex(/^[omi]*$/)),
});
export type DncBucket = z.infer<typeof dncBucketSchema>;

/** How many hashes the list holds, kept in step with every bucket write (v5), so the count never reads the list. */
export const dncTotalSchema = z.object({ id: z.literal('all'), count: z.int().check(z.minimum(0)) });
export type DncTotal = z.infer<typeof dncTotalSchema>;

export const siteMappingSchema = z.object({
  id: z.string().check(z.minLength(1)),
  origin: z.string(),
  pathPattern: z.string(),
  field: z.string(),
  selector: z.string(),
  labelAnchor: z.optional(z.string()),
  updatedAt: z.number(),
});
export type SiteMapping = z.infer<typeof siteMappingSchema>;

export const draftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  updatedAt: z.number(),
  value: z.unknown(),
});
export type Draft = z.infer<typeof draftSchema>;

export const settingRecordSchema = z.object({ key: z.string().check(z.minLength(1)), value: z.unknown() });
export type SettingRecord = z.infer<typeof settingRecordSchema>;

export const importedSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  repId: z.string(),
  periodStart: dayStringSchema,
  periodEnd: dayStringSchema,
  importedAt: z.number(),
  exportedAt: z.number(),
  summary: z.unknown(),
});
export type ImportedSummary = z.infer<typeof importedSummarySchema>;
