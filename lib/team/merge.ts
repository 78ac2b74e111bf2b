import { daysFrom } from '../calendar/day-key';
import type { Summary, SummaryDay } from './summary-schema';
import type { DayClaim, TeamRepRecord } from './team-records';

/** Newer export first; the same moment is settled by the hash, so any import order ends the same. */
export function beats(a: { at: number; hash: string }, b: { at: number; hash: string }): boolean {
  return a.at > b.at || (a.at === b.at && a.hash > b.hash);
}

// A year has 366 day keys at most; most files of one import share a period, so the list is built once.
const periodDays = new Map<string, string[]>();
function daysOfSummaryPeriod(first: string, last: string): string[] {
  const key = `${first}|${last}`;
  let days = periodDays.get(key);
  if (!days) {
    days = daysFrom(first, last);
    if (periodDays.size > 500) periodDays.clear();
    periodDays.set(key, days);
  }
  return days;
}

export interface MergeOutcome {
  record: TeamRepRecord;
  /** Days that took this file's numbers where another export's numbers were before. */
  replacedDays: number;
  /** Days that took this file's numbers where there were none. */
  addedDays: number;
}

/**
 * Merges one validated summary into a rep's merged days. Every day of the
 * file's period is claimed by the file, including the days it left out (they
 * had no activity), unless a newer export already holds that day. So a
 * re-import changes nothing, a newer export replaces, and overlapping periods
 * never count a day twice.
 */
export function mergeSummary(existing: TeamRepRecord | undefined, summary: Summary): MergeOutcome {
  const source = { at: summary.exportedAt, hash: summary.contentHash };
  const days: Record<string, DayClaim> = existing ? { ...existing.days } : {};
  const byDay = new Map<string, SummaryDay>();
  for (const day of summary.days) byDay.set(day.day, day);
  let replacedDays = 0;
  let addedDays = 0;
  for (const day of daysOfSummaryPeriod(summary.period.first, summary.period.last)) {
    const held = days[day];
    if (held && !beats(source, held)) continue;
    const counts = byDay.get(day) ?? null;
    if (held && held.hash !== source.hash && (held.counts !== null || counts !== null)) replacedDays += 1;
    else if (!held && counts !== null) addedDays += 1;
    days[day] = { at: source.at, hash: source.hash, counts };
  }
  const newest = !existing || beats(source, { at: existing.asOf, hash: existing.asOfHash });
  const meta = newest
    ? {
        name: summary.rep.name,
        team: summary.rep.team,
        startDate: summary.rep.startDate,
        appVersion: summary.appVersion,
        playbook: summary.playbook,
        asOf: summary.exportedAt,
        asOfHash: summary.contentHash,
      }
    : {
        name: existing.name,
        team: existing.team,
        startDate: existing.startDate,
        appVersion: existing.appVersion,
        playbook: existing.playbook,
        asOf: existing.asOf,
        asOfHash: existing.asOfHash,
      };
  return { record: { repId: summary.rep.id, ...meta, days }, replacedDays, addedDays };
}

/** The days of a rep inside a period that had activity, oldest first. */
export function daysInRange(record: TeamRepRecord, first: string, last: string): SummaryDay[] {
  const days: SummaryDay[] = [];
  for (const [day, claim] of Object.entries(record.days)) {
    if (claim.counts && day >= first && day <= last) days.push(claim.counts);
  }
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
