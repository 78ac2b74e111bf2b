// `callside.playbook` v1: what a team lead hands every rep so the whole team
// runs the same scripts, outcomes and KPI definitions, the same calendar and
// daily rhythm, and starts a target conversation. Text only: every string is
// shown as text, never as HTML, and nothing in a pack runs.
import * as z from 'zod/mini';
import { isDayKey } from '../calendar/day-key';
import { complianceSettingsSchema } from '../compliance/compliance-settings';
import { funnelFlagsSchema, kpiSchema, periodSchema } from '../db/records';
import { defineFileFormat } from '../formats/envelope';
import { objectionFileEntrySchema } from '../objections/objection-file';
import { scriptDocumentSchema } from '../scripts/script-model';

export const PLAYBOOK_FORMAT = 'callside.playbook';
export const PLAYBOOK_FORMAT_VERSION = 1;
/** A pack with a few scripts and a thousand objections is well under 2 MB. */
export const PLAYBOOK_MAX_BYTES = 10 * 1024 * 1024;

const text = (max: number) => z.string().check(z.maxLength(max));
const idSchema = z.string().check(z.minLength(1), z.maxLength(100));
const daySchema = z.string().check(z.refine(isDayKey, { message: 'Not a calendar day (YYYY-MM-DD)' }));
const clockSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Not a time of day (HH:MM)' }));

/** One script of the pack: its id on the rep's machine and the document the script editor reads. */
export const playbookScriptSchema = z.strictObject({ id: idSchema, document: scriptDocumentSchema });

export const playbookOutcomeSchema = z.strictObject({
  id: idSchema,
  order: z.int().check(z.minimum(0), z.maximum(1000)),
  label: z.strictObject({ en: text(80), 'zh-CN': text(80) }),
  hotkey: z.optional(z.string().check(z.maxLength(1))),
  flags: funnelFlagsSchema,
  needsAmount: z.union([z.literal(0), z.literal(1)]),
  addsToDnc: z.union([z.literal(0), z.literal(1)]),
});
export type PlaybookOutcome = z.infer<typeof playbookOutcomeSchema>;

/** One proposed target: the floor (company target); the stretch tier is floor x the pack's stretch factor. */
export const playbookTargetSchema = z.strictObject({
  period: periodSchema,
  periodKey: text(16),
  kpi: kpiSchema,
  floor: z.number().check(z.minimum(0), z.maximum(1e12)),
});
export type PlaybookTarget = z.infer<typeof playbookTargetSchema>;

export const playbookTargetsSchema = z.strictObject({
  /** Stretch = floor x this (求其上得其中: +20% by default). */
  stretchFactor: z.number().check(z.minimum(1), z.maximum(10)),
  /** For every rep without a line of their own. */
  default: z.array(playbookTargetSchema).check(z.maxLength(50)),
  perRep: z
    .array(z.strictObject({ repId: idSchema, repName: text(80), targets: z.array(playbookTargetSchema).check(z.maxLength(50)) }))
    .check(z.maxLength(500)),
});
export type PlaybookTargets = z.infer<typeof playbookTargetsSchema>;

export const playbookCalendarDaySchema = z.strictObject({
  day: daySchema,
  kind: z.enum(['holiday', 'workday']),
  name: z.optional(text(80)),
});

const spanSchema = z
  .strictObject({ from: clockSchema, to: clockSchema })
  .check(z.refine((span) => span.from < span.to, { message: 'A dialing block must end after it starts' }));

/** The day's meetings and dialing blocks (DOMAIN.md "Daily and monthly rhythm"). */
export const rhythmSchema = z.strictObject({
  morningMeeting: clockSchema,
  middayMeeting: clockSchema,
  eveningMeeting: clockSchema,
  dialing: z.array(spanSchema).check(z.minLength(1), z.maxLength(6)),
});
export type Rhythm = z.infer<typeof rhythmSchema>;

export const DEFAULT_RHYTHM: Rhythm = {
  morningMeeting: '08:45',
  middayMeeting: '13:00',
  eveningMeeting: '18:30',
  dialing: [
    { from: '09:20', to: '11:45' },
    { from: '13:30', to: '17:30' },
  ],
};

export const playbookSiteMappingSchema = z.strictObject({
  id: idSchema,
  origin: text(300),
  pathPattern: text(500),
  field: text(60),
  selector: text(2000),
  labelAnchor: z.optional(text(200)),
});

export const playbookObjectionsSchema = z
  .strictObject({ locale: z.enum(['en', 'zh-CN']), entries: z.array(objectionFileEntrySchema).check(z.maxLength(20_000)) })
  .check(
    z.refine((area) => new Set(area.entries.map((entry) => entry.id)).size === area.entries.length, {
      message: 'objection ids must be unique',
    }),
  );

export const changelogEntrySchema = z.strictObject({
  version: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  day: daySchema,
  text: text(2000),
});

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;

/** The whole pack, header included. */
export const playbookSchema = z.strictObject({
  format: z.literal(PLAYBOOK_FORMAT),
  version: z.literal(PLAYBOOK_FORMAT_VERSION),
  playbookVersion: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  createdAt: z.number().check(z.minimum(0)),
  team: text(80),
  lead: text(80),
  changelog: z.array(changelogEntrySchema).check(z.maxLength(500)),
  scripts: z.array(playbookScriptSchema).check(z.maxLength(200), z.refine(uniqueIds, { message: 'script ids must be unique' })),
  objections: playbookObjectionsSchema,
  outcomes: z
    .array(playbookOutcomeSchema)
    .check(z.minLength(1), z.maxLength(100), z.refine(uniqueIds, { message: 'outcome ids must be unique' })),
  effectiveSeconds: z.int().check(z.minimum(0), z.maximum(3600)),
  targets: playbookTargetsSchema,
  calendar: z.array(playbookCalendarDaySchema).check(z.maxLength(5000)),
  rhythm: rhythmSchema,
  compliance: complianceSettingsSchema,
  siteMappings: z
    .array(playbookSiteMappingSchema)
    .check(z.maxLength(2000), z.refine(uniqueIds, { message: 'site mapping ids must be unique' })),
});
export type Playbook = z.infer<typeof playbookSchema>;

export const playbookFileFormat = defineFileFormat<Playbook>({
  format: PLAYBOOK_FORMAT,
  version: PLAYBOOK_FORMAT_VERSION,
  maxBytes: PLAYBOOK_MAX_BYTES,
  schema: playbookSchema,
});

/** The areas a rep accepts one by one. */
export const PLAYBOOK_AREAS = ['scripts', 'objections', 'outcomes', 'targets', 'calendar', 'rhythm', 'compliance', 'siteMappings'] as const;
export type PlaybookArea = (typeof PLAYBOOK_AREAS)[number];

/** callside-playbook_v7_2026-12-01.json */
export const playbookFileName = (playbookVersion: number, day: string): string => `callside-playbook_v${playbookVersion}_${day}.json`;
