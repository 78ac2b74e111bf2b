import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { dayKeyOf } from '../calendar';
import { syncFollowUpAlarms } from '../calls/follow-up-alarms';
import { recountRollups, rollupDaysDiffering } from '../calls/rollups';
import { listDncEntries, replaceDncEntries } from '../compliance/dnc-store';
import { CallsideDatabase, getDatabase } from '../db/database';
import { rebuildCustomerCounts } from '../targets/customer-counts';
import { type BadRecord, backupRowSchemas, findBadRecord } from './backup-content';
import { checkFileSize, defineFileFormat, type FileError, openFile } from './envelope';

export const BACKUP_FORMAT = 'callside.backup';
export const BACKUP_VERSION = 1;
/**
 * Larger files are refused before they are read: Chromium cannot hold a string
 * over about 512 MB (File.text() fails), so 400 MB leaves room. A backup of a
 * million calls is about 500 MB and so cannot be restored in one file.
 */
export const BACKUP_MAX_BYTES = 400 * 1024 * 1024;

/** The primary key of each table (lib/db/database.ts): a backup holding one twice cannot be restored. */
export const BACKUP_PRIMARY_KEYS = {
  calls: 'id',
  rollups: 'day',
  scripts: 'id',
  scriptVersions: 'id',
  objections: 'id',
  outcomes: 'id',
  targets: 'id',
  calendar: 'day',
  dnc: 'hash',
  siteMappings: 'id',
  drafts: 'id',
  settings: 'key',
  imports: 'id',
  targetHistory: 'id',
  teamReps: 'repId',
} as const;

/**
 * Tables added after version 1 of the database: a backup taken before they
 * existed has no list for them and restores them empty.
 */
const TABLE_SINCE_DATABASE_VERSION: Partial<Record<BackupTableName, number>> = { targetHistory: 3, teamReps: 4 };

/** Every table of the database, in restore order. */
// Rows keep fields this version does not know (loose objects): a backup taken by
// a build with an extra field restores that field instead of silently dropping it.
export const backupTablesSchema = z.object({
  calls: z.array(backupRowSchemas.calls),
  rollups: z.array(backupRowSchemas.rollups),
  scripts: z.array(backupRowSchemas.scripts),
  scriptVersions: z.array(backupRowSchemas.scriptVersions),
  objections: z.array(backupRowSchemas.objections),
  outcomes: z.array(backupRowSchemas.outcomes),
  targets: z.array(backupRowSchemas.targets),
  calendar: z.array(backupRowSchemas.calendar),
  dnc: z.array(backupRowSchemas.dnc),
  siteMappings: z.array(backupRowSchemas.siteMappings),
  drafts: z.array(backupRowSchemas.drafts),
  settings: z.array(backupRowSchemas.settings),
  imports: z.array(backupRowSchemas.imports),
  targetHistory: z._default(z.array(backupRowSchemas.targetHistory), []),
  teamReps: z._default(z.array(backupRowSchemas.teamReps), []),
});
export type BackupTables = z.infer<typeof backupTablesSchema>;
export type BackupTableName = keyof BackupTables;
export const BACKUP_TABLES = Object.keys(backupTablesSchema.shape) as BackupTableName[];

/** `callside.backup` v1: the whole database of one rep, for a new machine. Holds personal data. */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** Epoch ms. */
  exportedAt: z.number(),
  /** Callside version that wrote the file. */
  appVersion: z.string(),
  /** Dexie schema version the rows come from. */
  databaseVersion: z.int(),
  /** Rows per table, checked on restore so a cut-short file is refused even when it still parses. */
  counts: z.partialRecord(z.enum(BACKUP_TABLES as [BackupTableName, ...BackupTableName[]]), z.int().check(z.minimum(0))),
  tables: backupTablesSchema,
});
export type Backup = z.infer<typeof backupSchema>;

/** `callside.backup` files: size, JSON, keys, format and version come from the shared envelope (lib/formats/envelope.ts). */
export const backupFile = defineFileFormat({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  maxBytes: BACKUP_MAX_BYTES,
  schema: backupSchema,
});

export type BackupRejection =
  | { reason: 'too-large'; sizeMb: number; limitMb: number }
  | { reason: 'truncated'; detail: string }
  | { reason: 'foreign'; format: string }
  | { reason: 'newer'; version: number }
  | { reason: 'older'; version: string }
  | { reason: 'invalid'; detail: string }
  | { reason: 'counts'; table: BackupTableName; expected: number; actual: number }
  | { reason: 'duplicate'; table: BackupTableName; key: string }
  /** The rows come from a database version this build does not know. */
  | { reason: 'database-version'; version: string; newest: number }
  | { reason: 'missing-table'; table: BackupTableName }
  | ({ reason: 'record' } & BadRecord);

/**
 * Daily totals are never taken from the file: they are recounted from its
 * calls. `differingDays` are the days where the file's own totals disagreed
 * (missing days included); the restore goes ahead with the recount and says so.
 */
export interface RollupCheck {
  recountedDays: number;
  differingDays: string[];
}

export type BackupRead =
  | { ok: true; backup: Backup; counts: Record<BackupTableName, number>; rollups: RollupCheck }
  | { ok: false; rejection: BackupRejection };

let newestDatabaseVersion: number | undefined;
/** The schema version this build opens (Dexie's verno, read without opening the database). */
export function currentDatabaseVersion(): number {
  newestDatabaseVersion ??= new CallsideDatabase('callside-version-probe').verno;
  return newestDatabaseVersion;
}

function currentAppVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Reads every table in one read transaction, so the snapshot is consistent. */
export async function createBackup(
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
  appVersion: string = currentAppVersion(),
): Promise<Backup> {
  const tables = await db.transaction('r', db.tables, async () => {
    // The do-not-call list is stored in buckets (v5) but kept flat in the file, one entry per hash.
    const entries = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, name === 'dnc' ? await listDncEntries(db) : await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as BackupTables;
  });
  const counts = Object.fromEntries(BACKUP_TABLES.map((name) => [name, tables[name].length])) as Record<BackupTableName, number>;
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, appVersion, databaseVersion: db.verno, counts, tables };
}

export const backupFileName = (backup: Pick<Backup, 'exportedAt'>) => `callside-backup-${dayKeyOf(backup.exportedAt)}.callside.json`;

const toMb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/** Call with the file's size before reading it: a file over the limit cannot even be read into a string. */
export function checkBackupSize(byteLength: number): BackupRejection | undefined {
  const size = checkFileSize(byteLength, BACKUP_MAX_BYTES);
  return size.ok ? undefined : envelopeRejection(size.error);
}

/** The envelope's codes in the backup's own reasons (the restore screen words each one). */
function envelopeRejection(error: FileError): BackupRejection {
  const params = error.params ?? {};
  switch (error.code) {
    case 'too-large':
      return { reason: 'too-large', sizeMb: toMb(Number(params.bytes)), limitMb: toMb(BACKUP_MAX_BYTES) };
    case 'wrong-format':
      return { reason: 'foreign', format: String(params.format) };
    case 'newer-version':
      return { reason: 'newer', version: Number(params.version) };
    case 'unknown-version':
      return { reason: 'older', version: String(params.version) };
    case 'unsafe-key':
      return { reason: 'invalid', detail: `key "${params.key}"` };
    default:
      return { reason: 'truncated', detail: String(params.detail ?? error.code) };
  }
}

function findDuplicateKey(tables: BackupTables): { table: BackupTableName; key: string } | undefined {
  for (const table of BACKUP_TABLES) {
    const field = BACKUP_PRIMARY_KEYS[table];
    const seen = new Set<unknown>();
    for (const row of tables[table] as Record<string, unknown>[]) {
      const key = row[field];
      if (seen.has(key)) return { table, key: String(key) };
      seen.add(key);
    }
  }
  return undefined;
}

/**
 * Validates a whole backup file before anything is written: size, JSON, format,
 * version, database version, the row counts the file declares, every row of
 * every table by its own schema, and that no table holds a primary key twice.
 * Daily totals are recounted from the calls (see RollupCheck).
 */
export function readBackup(
  text: string,
  byteLength: number = text.length,
  knownDatabaseVersion: number = currentDatabaseVersion(),
): BackupRead {
  const opened = openFile(backupFile, text, byteLength);
  if (!opened.ok) return { ok: false, rejection: envelopeRejection(opened.error) };
  const json = opened.value.json;
  const contentProblem = checkContent(json, knownDatabaseVersion);
  if (contentProblem) return { ok: false, rejection: contentProblem };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, rejection: { reason: 'invalid', detail: z.prettifyError(parsed.error).slice(0, 600) } };
  const duplicate = findDuplicateKey(parsed.data.tables);
  if (duplicate) return { ok: false, rejection: { reason: 'duplicate', ...duplicate } };
  const backup = upgradeRows(parsed.data);
  const recounted = recountRollups(backup.tables.calls);
  const differingDays = rollupDaysDiffering(backup.tables.rollups, recounted);
  backup.tables.rollups = [...recounted.values()];
  const counts = Object.fromEntries(BACKUP_TABLES.map((name) => [name, backup.tables[name].length])) as Record<BackupTableName, number>;
  return { ok: true, backup, counts, rollups: { recountedDays: recounted.size, differingDays } };
}

/** Database version, table lists, declared counts, then every record by its own schema; the first problem found. */
function checkContent(json: Record<string, unknown>, knownDatabaseVersion: number): BackupRejection | undefined {
  const version = json.databaseVersion;
  if (!Number.isInteger(version) || (version as number) < 1 || (version as number) > knownDatabaseVersion)
    return { reason: 'database-version', version: String(version).slice(0, 20), newest: knownDatabaseVersion };
  const tables = (json.tables ?? {}) as Record<string, unknown>;
  const counts = (json.counts ?? {}) as Record<string, unknown>;
  for (const table of BACKUP_TABLES) {
    const since = TABLE_SINCE_DATABASE_VERSION[table];
    if (tables[table] === undefined && since !== undefined && (version as number) < since) tables[table] = [];
    const rows = tables[table];
    if (!Array.isArray(rows)) return { reason: 'missing-table', table };
    const expected = counts[table] ?? 0;
    if (expected !== rows.length)
      return { reason: 'counts', table, expected: typeof expected === 'number' ? expected : Number.NaN, actual: rows.length };
  }
  json.tables = tables;
  for (const table of BACKUP_TABLES) {
    const bad = findBadRecord(table, tables[table] as unknown[]);
    if (bad) return { reason: 'record', ...bad };
  }
  return undefined;
}

/** Rows from an older database version, brought up to this one the way its Dexie upgrades do. */
function upgradeRows(backup: Backup): Backup {
  if (backup.databaseVersion >= 2) return backup;
  // v2 indexes pending follow-ups by [followUpDone+followUpAt]; v1 left followUpDone unset.
  const calls = backup.tables.calls.map((call) =>
    call.followUpAt !== undefined && call.followUpDone === undefined ? { ...call, followUpDone: 0 as const } : call,
  );
  return { ...backup, tables: { ...backup.tables, calls } };
}

/**
 * Replaces the whole database with a backup read by readBackup (so with
 * recounted rollups) in one transaction: either everything is restored or
 * nothing changed. Then the follow-up alarms
 * of the restored calls are set again.
 */
export async function restoreBackup(backup: Backup, db: CallsideDatabase = getDatabase(), now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) {
      if (name === 'dnc') {
        await replaceDncEntries(backup.tables.dnc, db);
        continue;
      }
      const table = db.table(name);
      await table.clear();
      await table.bulkAdd(backup.tables[name]);
    }
    // Targets (v3): customer counts are derived data, rebuilt from the restored calls.
    await rebuildCustomerCounts(db);
  });
  try {
    await syncFollowUpAlarms(db, now);
  } catch {
    // Alarms are a convenience; the restored data is what matters.
  }
}
