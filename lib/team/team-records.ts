import type { SummaryDay } from './summary-schema';

/**
 * Which export a merged day came from. The newest export of a day wins (ties
 * broken by hash), so the merged table is the same whatever order files come in.
 */
export interface DayClaim {
  /** exportedAt of the summary the day came from. */
  at: number;
  hash: string;
  /** The day's counts, or null: the export covered the day and it had no activity. */
  counts: SummaryDay | null;
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
  days: Record<string, DayClaim>;
}
