import { daysFrom } from '../calendar/day-key';
import type { Summary, SummaryDay } from './summary-schema';
import type { DaySource, TeamRepRecord } from './team-records';

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

/** Who the rep is and which export says so: the newest export's word stands. */
function repMetaOf(summary: Summary) {
  return {
    name: summary.rep.name,
    team: summary.rep.team,
    startDate: summary.rep.startDate,
    appVersion: summary.appVersion,
    playbook: summary.playbook,
    asOf: summary.exportedAt,
    asOfHash: summary.contentHash,
  };
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
  if (!existing) return firstSummary(summary);
  const source: DaySource = { at: summary.exportedAt, hash: summary.contentHash };
  const oldSources = existing?.sources ?? [];
  const daySource: Record<string, number> = existing ? { ...existing.daySource } : {};
  const dayCounts: Record<string, SummaryDay | null> = existing ? { ...existing.dayCounts } : {};
  let sourceIndex = oldSources.findIndex((held) => held.hash === source.hash);
  const sources = sourceIndex >= 0 ? [...oldSources] : [...oldSources, source];
  if (sourceIndex < 0) sourceIndex = sources.length - 1;
  const byDay = new Map<string, SummaryDay>();
  for (const day of summary.days) byDay.set(day.day, day);
  let replacedDays = 0;
  let addedDays = 0;
  for (const day of daysOfSummaryPeriod(summary.period.first, summary.period.last)) {
    const heldIndex = daySource[day];
    const held = heldIndex === undefined ? undefined : sources[heldIndex];
    if (held && !beats(source, held)) continue;
    const counts = byDay.get(day) ?? null;
    if (held && held.hash !== source.hash && (dayCounts[day] !== null || counts !== null)) replacedDays += 1;
    else if (!held && counts !== null) addedDays += 1;
    daySource[day] = sourceIndex;
    dayCounts[day] = counts;
  }
  const compacted = compactSources(sources, daySource);
  const newest = !existing || beats(source, { at: existing.asOf, hash: existing.asOfHash });
  const meta = newest
    ? repMetaOf(summary)
    : {
        name: existing.name,
        team: existing.team,
        startDate: existing.startDate,
        appVersion: existing.appVersion,
        playbook: existing.playbook,
        asOf: existing.asOf,
        asOfHash: existing.asOfHash,
      };
  return { record: { repId: summary.rep.id, ...meta, ...compacted, dayCounts }, replacedDays, addedDays };
}

/**
 * A rep's first export: every day of its period from this one source (what
 * the general merge gives with nothing held), without its per-day
 * comparisons; most files of a team import are a rep's first.
 */
function firstSummary(summary: Summary): MergeOutcome {
  const daySource: Record<string, number> = {};
  const dayCounts: Record<string, SummaryDay | null> = {};
  for (const day of daysOfSummaryPeriod(summary.period.first, summary.period.last)) {
    daySource[day] = 0;
    dayCounts[day] = null;
  }
  let addedDays = 0;
  for (const day of summary.days) {
    // As the general merge: a day outside the period is not the file's to claim, and a day listed twice counts once.
    if (daySource[day.day] === undefined) continue;
    if (dayCounts[day.day] === null) addedDays += 1;
    dayCounts[day.day] = day;
  }
  const record: TeamRepRecord = {
    repId: summary.rep.id,
    ...repMetaOf(summary),
    sources: [{ at: summary.exportedAt, hash: summary.contentHash }],
    daySource,
    dayCounts,
  };
  return { record, replacedDays: 0, addedDays };
}

/** Drops exports that no longer supply any day, renumbering the days' sources. */
function compactSources(
  sources: DaySource[],
  daySource: Record<string, number>,
): { sources: DaySource[]; daySource: Record<string, number> } {
  const used = new Set(Object.values(daySource));
  if (used.size === sources.length) return { sources, daySource };
  const renumber = new Map<number, number>();
  const kept: DaySource[] = [];
  sources.forEach((entry, index) => {
    if (!used.has(index)) return;
    renumber.set(index, kept.length);
    kept.push(entry);
  });
  const remapped: Record<string, number> = {};
  for (const [day, index] of Object.entries(daySource)) remapped[day] = renumber.get(index) as number;
  return { sources: kept, daySource: remapped };
}

/** The export (exportedAt) a merged day came from. */
export function dayExportedAt(record: TeamRepRecord, day: string): number | undefined {
  const index = record.daySource[day];
  return index === undefined ? undefined : record.sources[index]?.at;
}

/** The days of a rep inside a period that had activity, oldest first. */
export function daysInRange(record: TeamRepRecord, first: string, last: string): SummaryDay[] {
  const days: SummaryDay[] = [];
  for (const [day, counts] of Object.entries(record.dayCounts)) {
    if (counts && day >= first && day <= last) days.push(counts);
  }
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
