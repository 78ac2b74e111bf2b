// Reads what a brief needs: the lead's imported team data, or, for a solo rep
// without imports, their own log summarised by lib/team (the same numbers the
// summary for the lead would carry).
import { periodRange } from '../calendar/periods';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { calendarEntries } from '../targets/calendar-store';
import { buildSummary } from '../team/build-summary';
import { mergeSummary } from '../team/merge';
import type { Summary } from '../team/summary-schema';
import { loadTeamData } from '../team/team-data';
import { type Brief, type BriefKind, buildBrief } from './build-brief';

export async function loadBrief(
  { kind, day, now, browserLanguage }: { kind: BriefKind; day: string; now: number; browserLanguage: string },
  db: CallsideDatabase = getDatabase(),
): Promise<{ brief: Brief; solo: boolean }> {
  const month = periodRange(day.slice(0, 7));
  const dayRange = periodRange(day);
  if (!month || !dayRange) throw new Error(`not a day: ${day}`);
  const [team, calendar] = await Promise.all([loadTeamData(month, db), calendarEntries(month.first, month.last, db)]);
  if (team.reps.length > 0) return { brief: buildBrief({ kind, day, ...team, calendar, now }), solo: false };
  const appVersion = 'local';
  const [own, ownDay] = await Promise.all([
    buildSummary({ period: month, now, appVersion }, browserLanguage, db),
    buildSummary({ period: dayRange, now, appVersion }, browserLanguage, db),
  ]);
  const record = mergeSummary(undefined, own.summary).record;
  const summaries: Summary[] = [own.summary, ownDay.summary];
  return {
    brief: buildBrief({ kind, day, reps: [record], summariesByRep: new Map([[record.repId, summaries]]), calendar, now }),
    solo: true,
  };
}
