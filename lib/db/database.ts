import Dexie, { type EntityTable, type Table } from 'dexie';
import { bucketsOf } from '../compliance/dnc-buckets';
import { CustomerCountBuilder } from '../targets/customer-counts-build';
import type { TeamRepRecord } from '../team/team-records';
import type {
  CalendarDay,
  CallRecord,
  CustomerCount,
  CustomerPeriod,
  DailyRollup,
  DncBucket,
  DncEntry,
  DncTotal,
  Draft,
  ImportedSummary,
  ObjectionRecord,
  OutcomeRecord,
  ScriptRecord,
  ScriptVersion,
  SettingRecord,
  SiteMapping,
  TargetChange,
  TargetRecord,
} from './records';

export const DATABASE_NAME = 'callside';

/** Version 1 as shipped. Frozen: the migration tests open a v1 database with exactly this. */
export const SCHEMA_V1 = {
  // Flags are 0/1 numbers: IndexedDB cannot index booleans.
  calls: 'id, startedAt, day, outcomeId, phoneE164, recordUrl, followUpAt, *rebuttalsUsed',
  rollups: 'day',
  scripts: 'id, industry, locale',
  scriptVersions: 'id, scriptId, savedAt',
  objections: 'id, category, locale',
  outcomes: 'id, order',
  targets: 'id, [period+periodKey], kpi',
  calendar: 'day',
  dnc: 'hash, addedAt',
  siteMappings: 'id, origin',
  drafts: 'id, updatedAt',
  settings: 'key',
  imports: 'id, [repId+periodStart+periodEnd], importedAt',
} as const;

/**
 * Version 2: the call log filters by outcome and pages by time, the guard
 * counts calls to one number since a moment, and the follow-up list reads
 * pending follow-ups only, each through its own compound index.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  calls:
    'id, startedAt, day, outcomeId, phoneE164, recordUrl, followUpAt, *rebuttalsUsed, [outcomeId+startedAt], [phoneE164+startedAt], [followUpDone+followUpAt]',
} as const;

/**
 * Version 3 (targets): a target's change history, and distinct customers per
 * period for the customer-based funnel: one row per (period key, customer)
 * with per-stage call counts, and per period key the number of customers at
 * each stage, both kept in step with every call write (lib/targets/customer-counts.ts).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  targetHistory: 'id, targetId, at, periodKey',
  customerPeriods: '[periodKey+customerKey]',
  customerCounts: 'periodKey',
} as const;

/**
 * Version 4 (team view): the lead's merged days, one row per rep (lib/team/team-import.ts).
 * Tables not named keep their version 3 schema.
 */
export const SCHEMA_V4_ADDED = { teamReps: 'repId' } as const;

/**
 * Version 5 (integrity): the do-not-call list as buckets of hashes, one row
 * per hash prefix, and its total; the one-row-per-hash `dnc` table is migrated
 * into them and dropped (lib/compliance/dnc-store.ts).
 */
export const SCHEMA_V5_CHANGES = { dnc: null, dncBuckets: 'prefix', dncTotals: 'id' } as const;

/**
 * The one database of the extension origin. Extension pages and the background
 * open it; the content script never does. Every schema change is a new
 * `this.version(n)` with an upgrade test in tests/unit/db/.
 */
export class CallsideDatabase extends Dexie {
  calls!: EntityTable<CallRecord, 'id'>;
  rollups!: EntityTable<DailyRollup, 'day'>;
  scripts!: EntityTable<ScriptRecord, 'id'>;
  scriptVersions!: EntityTable<ScriptVersion, 'id'>;
  objections!: EntityTable<ObjectionRecord, 'id'>;
  outcomes!: EntityTable<OutcomeRecord, 'id'>;
  targets!: EntityTable<TargetRecord, 'id'>;
  calendar!: EntityTable<CalendarDay, 'day'>;
  dncBuckets!: EntityTable<DncBucket, 'prefix'>;
  dncTotals!: EntityTable<DncTotal, 'id'>;
  siteMappings!: EntityTable<SiteMapping, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  imports!: EntityTable<ImportedSummary, 'id'>;
  teamReps!: EntityTable<TeamRepRecord, 'repId'>;
  targetHistory!: EntityTable<TargetChange, 'id'>;
  customerPeriods!: Table<CustomerPeriod, [string, string]>;
  customerCounts!: EntityTable<CustomerCount, 'periodKey'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // v2 indexes pending follow-ups by [followUpDone+followUpAt]; v1 left followUpDone unset.
        await tx
          .table('calls')
          .where('followUpAt')
          .above(Number.NEGATIVE_INFINITY)
          .filter((call) => call.followUpAt !== undefined && call.followUpDone === undefined)
          .modify({ followUpDone: 0 });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        // Customer counts for every period of every call already stored, built in memory then written once.
        const builder = new CustomerCountBuilder();
        await tx.table<CallRecord>('calls').each((call) => builder.add(call));
        const { periods, counts } = builder.result();
        await tx.table('customerPeriods').bulkPut(periods);
        await tx.table('customerCounts').bulkPut(counts);
      });
    this.version(4).stores(SCHEMA_V4_ADDED);
    this.version(5)
      .stores(SCHEMA_V5_CHANGES)
      .upgrade(async (tx) => {
        // The old table is dropped only after this runs, so its rows can be read here.
        const { buckets, count } = bucketsOf(await tx.table<DncEntry>('dnc').toArray());
        await tx.table('dncBuckets').bulkPut(buckets);
        // The total row exists exactly when the list is not empty (as lib/compliance/dnc-store.ts keeps it).
        if (count > 0) await tx.table('dncTotals').put({ id: 'all', count } satisfies DncTotal);
      });
  }
}

let sharedDatabase: CallsideDatabase | undefined;

/** The real database, opened lazily so importing a module never touches IndexedDB. */
export function getDatabase(): CallsideDatabase {
  sharedDatabase ??= new CallsideDatabase();
  return sharedDatabase;
}
