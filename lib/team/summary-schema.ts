import * as z from 'zod/mini';
import { isDayKey } from '../calendar/day-key';

export const SUMMARY_FORMAT = 'callside.summary';
export const SUMMARY_VERSION = 1;
/** A rep-year summary is about 40 KB; anything near this is not a summary. */
export const SUMMARY_MAX_BYTES = 2 * 1024 * 1024;

// Bounds that refuse absurd numbers: a rep makes 100-300 dials a day, so a
// day over these is a broken or forged file, not a busy day.
export const MAX_DAY_COUNT = 5_000;
export const MAX_DAY_TALK_SECONDS = 86_400;
export const MAX_DAY_REVENUE = 1e10;
const MAX_PERIOD_COUNT = MAX_DAY_COUNT * 366;

const text = (max: number) => z.string().check(z.maxLength(max));
const daySchema = z.string().check(z.refine(isDayKey, { message: 'Not a calendar day (YYYY-MM-DD)' }));
const dayCount = z.int().check(z.minimum(0), z.maximum(MAX_DAY_COUNT));
const periodCount = z.int().check(z.minimum(0), z.maximum(MAX_PERIOD_COUNT));
const clockSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Not a time of day (HH:MM)' }));

/** Most rebuttals one day may name; a rep's library holds a few dozen. */
export const MAX_DAY_REBUTTALS = 500;

/** How the calls of one day that used a rebuttal of the rep's library went (the id only: the text is in `rebuttals`). */
export const summaryDayRebuttalSchema = z.strictObject({
  rebuttalId: text(200),
  used: dayCount,
  quoted: dayCount,
  deals: dayCount,
});
export type SummaryDayRebuttal = z.infer<typeof summaryDayRebuttalSchema>;

/** One local day of one rep: counts only. */
export const summaryDaySchema = z.strictObject({
  day: daySchema,
  dials: dayCount,
  connects: dayCount,
  effective: dayCount,
  quotes: dayCount,
  deals: dayCount,
  /** Deals of that day whose policy was issued (承保), for insurance teams; 0 elsewhere. */
  issued: dayCount,
  /** Premium of those issued policies (承保保费). */
  issuedPremium: z.number().check(z.minimum(0), z.maximum(MAX_DAY_REVENUE)),
  revenue: z.number().check(z.minimum(0), z.maximum(MAX_DAY_REVENUE)),
  talkSeconds: z.int().check(z.minimum(0), z.maximum(MAX_DAY_TALK_SECONDS)),
  /** Local time of the first dial, or null on a day without dials. */
  firstDial: z.nullable(clockSchema),
  /** Follow-ups (回访) the day's calls set, for the evening brief. Absent in summaries before it was added. */
  followUpsSet: z.optional(dayCount),
  /** Follow-ups due that day, whichever day set them, for the morning brief. Absent in older summaries. */
  followUpsDue: z.optional(dayCount),
  /** The day's rebuttal use, most used first, for the evening brief's objections of the day. Absent in older summaries. */
  rebuttals: z.optional(z.array(summaryDayRebuttalSchema).check(z.maxLength(MAX_DAY_REBUTTALS))),
});
export type SummaryDay = z.infer<typeof summaryDaySchema>;

export const DAY_COUNT_FIELDS = [
  'dials',
  'connects',
  'effective',
  'quotes',
  'deals',
  'issued',
  'issuedPremium',
  'revenue',
  'talkSeconds',
] as const;
export type DayCountField = (typeof DAY_COUNT_FIELDS)[number];
export type DayCounts = Record<DayCountField, number>;

export const summaryTotalsSchema = z.strictObject({
  dials: periodCount,
  connects: periodCount,
  effective: periodCount,
  quotes: periodCount,
  deals: periodCount,
  issued: periodCount,
  issuedPremium: z.number().check(z.minimum(0), z.maximum(MAX_DAY_REVENUE * 366)),
  revenue: z.number().check(z.minimum(0), z.maximum(MAX_DAY_REVENUE * 366)),
  talkSeconds: z.int().check(z.minimum(0), z.maximum(MAX_DAY_TALK_SECONDS * 366)),
});

/** Distinct customers over the whole period: exact customer-based rates, which day counts cannot give. */
export const summaryCustomersSchema = z.strictObject({
  dialed: periodCount,
  connected: periodCount,
  quoted: periodCount,
  signed: periodCount,
  /** Customers with an issued policy (承保). */
  issued: periodCount,
});
export type SummaryCustomers = z.infer<typeof summaryCustomersSchema>;

export const summaryKpiSchema = z.enum(['dials', 'connects', 'effective', 'quotes', 'deals', 'issued', 'revenue']);
export type SummaryKpi = z.infer<typeof summaryKpiSchema>;
export const summaryPeriodKindSchema = z.enum(['year', 'quarter', 'month', 'week', 'day']);

export const summaryTargetSchema = z.strictObject({
  period: summaryPeriodKindSchema,
  periodKey: text(16),
  kpi: summaryKpiSchema,
  /** The company target (floor). */
  floor: z.number().check(z.minimum(0), z.maximum(1e12)),
  /** The stretch target (floor plus the buffer, +20% by default). */
  stretch: z.number().check(z.minimum(0), z.maximum(1e12)),
  /** How many times the target was changed after it was first set. */
  changes: z.int().check(z.minimum(0), z.maximum(10_000)),
});
export type SummaryTarget = z.infer<typeof summaryTargetSchema>;

/** A rebuttal of the rep's library and how calls that used it went. Library text, never customer text. */
export const summaryRebuttalSchema = z.strictObject({
  rebuttalId: text(200),
  objection: text(500),
  text: text(4000),
  used: periodCount,
  quoted: periodCount,
  deals: periodCount,
});
export type SummaryRebuttal = z.infer<typeof summaryRebuttalSchema>;

export const summaryOverrideSchema = z.strictObject({ rule: text(100), count: periodCount });

export const summaryRepSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: text(80),
  team: text(80),
  /** First working day, for the tenure stage; null when the rep has not set it. */
  startDate: z.nullable(daySchema),
});

export const summaryPeriodSchema = z.strictObject({
  kind: summaryPeriodKindSchema,
  /** The period key (2026-11, 2026-W48, 2026-Q4, 2026, 2026-11-26). */
  key: text(16),
  first: daySchema,
  last: daySchema,
});

export const summaryPlaybookSchema = z.strictObject({
  version: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  /** Epoch ms when the rep accepted it. */
  acceptedAt: z.number(),
});

/** The rep's own figures behind a number they propose: the reverse plan (lib/targets) for the target's period. */
export const summaryReversePlanSchema = z.strictObject({
  /** Working days the figures are spread over. */
  workingDays: z.int().check(z.minimum(0), z.maximum(366)),
  /** Revenue the number needs, where the target is in revenue, issued premium or deals. */
  revenue: z.optional(z.number().check(z.minimum(0), z.maximum(1e12))),
  deals: z.optional(periodCount),
  quotes: z.optional(periodCount),
  connects: z.optional(periodCount),
  dials: periodCount,
  /** Dials per working day. */
  dialsPerDay: periodCount,
});
export type SummaryReversePlan = z.infer<typeof summaryReversePlanSchema>;

/** The rep's answer to one target a playbook proposed: accepted as it was, or their own number. */
export const summaryTargetAnswerSchema = z.strictObject({
  period: summaryPeriodKindSchema,
  periodKey: text(16),
  kpi: summaryKpiSchema,
  /** The floor the playbook proposed. */
  proposed: z.number().check(z.minimum(0), z.maximum(1e12)),
  answer: z.enum(['accepted', 'own']),
  /** The floor the rep now works to: the proposal when accepted, their own number otherwise. */
  agreed: z.number().check(z.minimum(0), z.maximum(1e12)),
  /** With an own number: what it takes, from the rep's own rates. */
  reversePlan: z.optional(summaryReversePlanSchema),
});
export type SummaryTargetAnswer = z.infer<typeof summaryTargetAnswerSchema>;

export const summaryTargetAnswersSchema = z.strictObject({
  /** The playbook version whose targets were answered. */
  playbookVersion: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  /** Epoch ms of the answer. */
  answeredAt: z.number().check(z.minimum(0)),
  targets: z.array(summaryTargetAnswerSchema).check(z.maxLength(50)),
});
export type SummaryTargetAnswers = z.infer<typeof summaryTargetAnswersSchema>;

/** `callside.summary` v1: one rep's aggregates for one period, for the team lead. No customer data. */
export const summarySchema = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  version: z.literal(SUMMARY_VERSION),
  /** Epoch ms when the rep exported it; the newer export of a day wins at the lead's. */
  exportedAt: z.number().check(z.minimum(0)),
  appVersion: text(40),
  /** The playbook version the rep runs, or null before the first accepted pack. */
  playbook: z.nullable(summaryPlaybookSchema),
  rep: summaryRepSchema,
  period: summaryPeriodSchema,
  /** Seconds after which a connected call counted as effective on the rep's machine. */
  effectiveSeconds: z.int().check(z.minimum(0), z.maximum(3600)),
  /** Days of the period with any activity, in order; a day left out had none. */
  days: z.array(summaryDaySchema).check(z.maxLength(366)),
  totals: summaryTotalsSchema,
  customers: summaryCustomersSchema,
  targets: z.array(summaryTargetSchema).check(z.maxLength(2000)),
  rebuttals: z.array(summaryRebuttalSchema).check(z.maxLength(5000)),
  overrides: z.array(summaryOverrideSchema).check(z.maxLength(100)),
  /** The rep's answer to the targets of the last playbook they answered (targets agreed, not imposed). Absent in older summaries. */
  targetAnswers: z.optional(summaryTargetAnswersSchema),
  /** SHA-256 (hex) of the canonical JSON (RFC 8785) of the file without this field. */
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, { message: 'Not a SHA-256 hex digest' })),
});
export type Summary = z.infer<typeof summarySchema>;
export type UnsignedSummary = Omit<Summary, 'contentHash'>;
