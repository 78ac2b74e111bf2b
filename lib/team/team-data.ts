import type { PeriodRange } from '../calendar/periods';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { Summary } from './summary-schema';
import type { TeamRepRecord } from './team-records';

export interface TeamData {
  reps: TeamRepRecord[];
  /** Per rep, the imported summaries whose period overlaps the one shown. */
  summariesByRep: Map<string, Summary[]>;
}

/** Everything the team view shows for a period, read in one transaction. */
export async function loadTeamData(period: Pick<PeriodRange, 'first' | 'last'>, db: CallsideDatabase = getDatabase()): Promise<TeamData> {
  return db.transaction('r', db.teamReps, db.imports, async () => {
    const reps = await db.teamReps.toArray();
    const imports = await db.imports.filter((row) => row.periodStart <= period.last && row.periodEnd >= period.first).toArray();
    const summariesByRep = new Map<string, Summary[]>();
    for (const row of imports) {
      const list = summariesByRep.get(row.repId) ?? [];
      list.push(row.summary as Summary);
      summariesByRep.set(row.repId, list);
    }
    return { reps, summariesByRep };
  });
}

/** Forgets every imported summary and merged day (the lead starts a new team view). */
export async function clearTeamData(db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.teamReps, db.imports, async () => {
    await db.teamReps.clear();
    await db.imports.clear();
  });
}
