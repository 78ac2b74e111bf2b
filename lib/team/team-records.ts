import type { SummaryDay } from './summary-schema';

/** An export that supplies at least one merged day. */
export interface DaySource {
  /** exportedAt of the summary. */
  at: number;
  hash: string;
}

/** The lead's merged view of one rep (Dexie table `teamReps`, version 4): one row per rep, every day inside. */
export interface TeamRepRecord {
  repId: string;
  name: string;
  team: string;
  startDate: string | null;
  appVersion: string;
  playbook: { version: number; acceptedAt: number } | null;
  /** The newest exportedAt seen from this rep ("as of"). */
  asOf: number;
  /** The hash of that newest export, which also supplied name, team and start date. */
  asOfHash: string;
  /**
   * Which export each day came from (an index into `sources`). The newest
   * export of a day wins (ties broken by hash), so the merged table is the
   * same whatever order files come in. Kept apart from the counts so a
   * rep-year row does not repeat a 64-character hash on every day.
   */
  sources: DaySource[];
  daySource: Record<string, number>;
  /** The day's counts, or null: the export covered the day and it had no activity. */
  dayCounts: Record<string, SummaryDay | null>;
}
