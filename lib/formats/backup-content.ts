// What a backup may hold, record by record: every row is checked by the schema
// of its own table (with the bounds the app itself keeps), settings by the
// schema of their key, drafts and script bodies by their documents' schemas.
// A file that passes is consistent enough to replace the rep's database.
import * as z from 'zod/mini';
import { callDraftSchema } from '../calls/draft';
import { MAX_NOTES_LENGTH } from '../calls/notes';
import { complianceSettingsSchema } from '../compliance/compliance-settings';
import {
  calendarDaySchema,
  callRecordSchema,
  dailyRollupSchema,
  dncEntrySchema,
  draftSchema,
  importedSummarySchema,
  objectionRecordSchema,
  outcomeRecordSchema,
  scriptRecordSchema,
  scriptVersionSchema,
  settingRecordSchema,
  siteMappingSchema,
  targetChangeSchema,
  targetRecordSchema,
} from '../db/records';
import { objectionInputSchema } from '../objections/objection-model';
import { scriptDocumentSchema } from '../scripts/script-model';
import { defaultProfile, profileSchema } from '../settings/settings';
import { summaryDaySchema } from '../team/summary-schema';

/** Tables of the database as a backup lists them, in restore order. */
export const BACKUP_TABLE_NAMES = [
  'calls',
  'rollups',
  'scripts',
  'scriptVersions',
  'objections',
  'outcomes',
  'targets',
  'calendar',
  'dnc',
  'siteMappings',
  'drafts',
  'settings',
  'imports',
  'targetHistory',
  'teamReps',
] as const;
export type BackupTableName = (typeof BACKUP_TABLE_NAMES)[number];

// Loose: a field a newer build added is kept, not dropped; known fields are checked.

/** Each table's row as a backup must hold it. */
export const backupRowSchemas = {
  calls: z.looseObject({ ...callRecordSchema.shape, notes: z.string().check(z.maxLength(MAX_NOTES_LENGTH)) }),
  rollups: z.looseObject(dailyRollupSchema.shape),
  scripts: z.looseObject({ ...scriptRecordSchema.shape, body: scriptDocumentSchema }),
  scriptVersions: z.looseObject({ ...scriptVersionSchema.shape, body: scriptDocumentSchema }),
  objections: z.looseObject({ ...objectionRecordSchema.shape, ...objectionInputSchema.shape }),
  outcomes: z.looseObject(outcomeRecordSchema.shape),
  targets: z.looseObject(targetRecordSchema.shape),
  calendar: z.looseObject(calendarDaySchema.shape),
  dnc: z.looseObject({ ...dncEntrySchema.shape, hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
  siteMappings: z.looseObject(siteMappingSchema.shape),
  drafts: z.looseObject({ ...draftSchema.shape, value: callDraftSchema }),
  settings: z.looseObject(settingRecordSchema.shape),
  imports: z.looseObject(importedSummarySchema.shape),
  targetHistory: z.looseObject(targetChangeSchema.shape),
  // The lead's merged days per rep (lib/team/team-records.ts): primary data, not derivable from the imports table.
  teamReps: z.looseObject({
    repId: z.string().check(z.minLength(1)),
    name: z.string(),
    team: z.string(),
    startDate: z.nullable(z.string()),
    appVersion: z.string(),
    playbook: z.nullable(z.object({ version: z.number(), acceptedAt: z.number() })),
    asOf: z.number(),
    asOfHash: z.string(),
    sources: z.array(z.object({ at: z.number(), hash: z.string() })),
    daySource: z.record(z.string(), z.int().check(z.minimum(0))),
    dayCounts: z.record(z.string(), z.nullable(summaryDaySchema)),
  }),
} satisfies Record<BackupTableName, z.ZodMiniType>;

/**
 * Settings whose value has a schema. The profile is stored partial (loadProfile
 * fills the rest from defaults), so it is checked the way it is read. Keys not
 * listed belong to features that validate on read; they are restored as they are.
 */
const settingValueIssue: Record<string, (value: unknown) => z.core.$ZodIssue | undefined> = {
  profile: (value) => {
    const partial = typeof value === 'object' && value !== null && !Array.isArray(value);
    const parsed = profileSchema.safeParse(partial ? { ...defaultProfile('en'), ...value } : value);
    return parsed.error?.issues[0];
  },
  compliance: (value) => complianceSettingsSchema.safeParse(value).error?.issues[0],
};

/** Why one record cannot be restored, in words the UI translates. */
export type RecordProblem = 'missing' | 'wrong-type' | 'not-integer' | 'too-large' | 'too-small' | 'not-a-day' | 'invalid';

export interface BadRecord {
  table: BackupTableName;
  /** Row number in the table, from 1. */
  row: number;
  /** The row's primary key, when it has a readable one. */
  key: string;
  /** Dotted path of the field, e.g. "durationSec" or "value.language". */
  field: string;
  problem: RecordProblem;
  /** The bound that was crossed, for too-large and too-small. */
  limit?: number;
}

const DAY_FIELDS = new Set(['day', 'periodStart', 'periodEnd']);

// Issues do not carry the input, so the value is looked up in the row itself.
const valueAt = (row: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    row,
  );

function problemOf(issue: z.core.$ZodIssue, value: unknown): Pick<BadRecord, 'problem' | 'limit'> {
  const field = String(issue.path.at(-1) ?? '');
  if (DAY_FIELDS.has(field) && (issue.code === 'invalid_format' || issue.code === 'custom')) return { problem: 'not-a-day' };
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { problem: 'missing' };
      return { problem: issue.expected === 'int' ? 'not-integer' : 'wrong-type' };
    case 'too_big':
      return { problem: 'too-large', limit: Number(issue.maximum) };
    case 'too_small':
      return { problem: 'too-small', limit: Number(issue.minimum) };
    default:
      return { problem: 'invalid' };
  }
}

function keyOf(row: unknown, table: BackupTableName): string {
  if (typeof row !== 'object' || row === null) return '';
  const record = row as Record<string, unknown>;
  const key =
    table === 'rollups' || table === 'calendar'
      ? record.day
      : table === 'settings'
        ? record.key
        : table === 'teamReps'
          ? record.repId
          : (record.id ?? record.hash);
  return typeof key === 'string' || typeof key === 'number' ? String(key).slice(0, 80) : '';
}

function badRecord(table: BackupTableName, index: number, row: unknown, issue: z.core.$ZodIssue, prefix: string[] = []): BadRecord {
  const path = [...prefix, ...issue.path.map(String)];
  const problem = problemOf(issue, valueAt(row, path));
  return { table, row: index + 1, key: keyOf(row, table), field: path.join('.') || '(row)', ...problem };
}

/** The first record of a table that cannot be restored, or undefined when every one can. */
export function findBadRecord(table: BackupTableName, rows: readonly unknown[]): BadRecord | undefined {
  const schema: z.ZodMiniType = backupRowSchemas[table];
  for (const [index, row] of rows.entries()) {
    const parsed = schema.safeParse(row);
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    if (issue) return badRecord(table, index, row, issue);
    if (table !== 'settings') continue;
    const setting = row as { key: string; value: unknown };
    const valueIssue = settingValueIssue[setting.key]?.(setting.value);
    if (valueIssue) return badRecord(table, index, row, valueIssue, ['value']);
  }
  return undefined;
}
