// The three meeting briefs (晨会, 午会, 夕会) for one day, built from the
// lead's merged team data through the same lib/team functions as the team
// view, so every number in a brief is the team view's number for that day.
// Positive by design: wins come first and nobody is listed as last.
import { addDays } from '../calendar/day-key';
import { monthSprints, periodRange } from '../calendar/periods';
import { type CalendarEntries, isWorkingDay, workingDaysBetween } from '../calendar/working-days';
import { actualOf, buildLeaderboard, type KpiTotals, type LeaderboardRow, teamTotals } from '../team/leaderboard';
import type { Summary, SummaryKpi } from '../team/summary-schema';
import type { TeamRepRecord } from '../team/team-records';

export type BriefKind = 'morning' | 'midday' | 'evening';

export interface BriefInput {
  kind: BriefKind;
  day: string;
  reps: readonly TeamRepRecord[];
  summariesByRep: ReadonlyMap<string, readonly Summary[]>;
  calendar: CalendarEntries;
  now: number;
}

export interface RepPlatform {
  repId: string;
  name: string;
  kpi: SummaryKpi;
  /** What the day needs for the month floor: remaining floor over the working days left, today included. */
  today: number;
  /** The same after this day, for tomorrow. */
  tomorrow: number;
  /** Month to date through this day, in the KPI. */
  monthActual: number;
  monthFloor: number;
  /** The day's actual in the KPI. */
  dayActual: number;
}

export interface BriefObjection {
  objection: string;
  /** Calls of the day that used one of its rebuttals, of which quoted and closed. */
  used: number;
  quoted: number;
  deals: number;
}

/** Follow-ups (回访) of the day: due that day (morning) and set by the day's calls (evening). Counts only. */
export interface BriefFollowUps {
  due: number;
  set: number;
  /** Per rep with any, in name order. */
  reps: { name: string; due: number; set: number }[];
  /** False when every summary of the day predates follow-up counts: zero would then be a guess. */
  known: boolean;
}

export interface Brief {
  kind: BriefKind;
  day: string;
  /** The team's counts of the day: the team view's totals row for that day. */
  dayTotals: KpiTotals;
  /** Per rep, the day's counts (as in the team view), in name order. */
  repDays: { repId: string; name: string; totals: KpiTotals }[];
  platforms: RepPlatform[];
  /** Yesterday's (the previous working day's) wins, most deals first; reps without a win are not listed. */
  wins: { name: string; deals: number; revenue: number }[];
  winsDay: string;
  /** Working days of the month elapsed before the day, and in all. */
  monthDays: { elapsed: number; total: number };
  sprint: { index: 1 | 2 | 3; first: string; last: string; totals: KpiTotals } | undefined;
  /** The day's rebuttal use, per objection, most used first (at most five). */
  objections: BriefObjection[];
  followUps: BriefFollowUps;
}

const rowsFor = (input: BriefInput, first: string, last: string): LeaderboardRow[] => {
  const range = periodRange(first === last ? first : first.slice(0, 7));
  const period = range && range.first === first && range.last === last ? range : { kind: 'day' as const, key: first, first, last };
  return buildLeaderboard(input.reps, input.summariesByRep, period, { minimumDials: 1, now: input.now });
};

function previousWorkingDay(day: string, calendar: CalendarEntries): string {
  let candidate = addDays(day, -1);
  for (let step = 0; step < 30 && !isWorkingDay(candidate, calendar); step++) candidate = addDays(candidate, -1);
  return candidate;
}

export function buildBrief(input: BriefInput): Brief {
  const { day, calendar } = input;
  const month = periodRange(day.slice(0, 7));
  if (!month) throw new Error(`not a day: ${day}`);
  const dayRows = rowsFor(input, day, day);
  const monthRows = buildLeaderboard(input.reps, input.summariesByRep, month, { minimumDials: 1, now: input.now });
  const toDateRows = rowsFor(input, month.first, day);
  const beforeRows = day > month.first ? rowsFor(input, month.first, addDays(day, -1)) : [];
  const workingDays = workingDaysBetween(month.first, month.last, calendar);
  const leftFromToday = Math.max(1, workingDays.filter((entry) => entry >= day).length);
  const leftAfterToday = Math.max(1, workingDays.filter((entry) => entry > day).length);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

  const platforms: RepPlatform[] = monthRows.flatMap((row) => {
    if (!row.target) return [];
    const { kpi, floor } = row.target;
    const before = beforeRows.find((entry) => entry.repId === row.repId);
    const toDate = toDateRows.find((entry) => entry.repId === row.repId);
    const dayRow = dayRows.find((entry) => entry.repId === row.repId);
    const beforeActual = before ? actualOf(kpi, before.totals) : 0;
    const monthActual = toDate ? actualOf(kpi, toDate.totals) : 0;
    const perDay = (remaining: number, days: number) => Math.max(0, Math.ceil((remaining / days) * 100) / 100);
    return [
      {
        repId: row.repId,
        name: row.name,
        kpi,
        today: perDay(floor - beforeActual, leftFromToday),
        tomorrow: perDay(floor - monthActual, leftAfterToday),
        monthActual,
        monthFloor: floor,
        dayActual: dayRow ? actualOf(kpi, dayRow.totals) : 0,
      },
    ];
  });

  const winsDay = previousWorkingDay(day, calendar);
  const wins = rowsFor(input, winsDay, winsDay)
    .filter((row) => row.totals.deals > 0 || row.totals.revenue > 0)
    .map((row) => ({ name: row.name, deals: row.totals.deals, revenue: row.totals.revenue }))
    .sort((a, b) => b.deals - a.deals || b.revenue - a.revenue || a.name.localeCompare(b.name));

  const sprintRange = monthSprints(month.key).find((sprint) => sprint.first <= day && day <= sprint.last);
  const objections = objectionsOfDay(input, dayRows);
  const followUps = followUpsOfDay(dayRows);

  return {
    kind: input.kind,
    day,
    dayTotals: teamTotals(dayRows).totals,
    repDays: dayRows.map((row) => ({ repId: row.repId, name: row.name, totals: row.totals })).sort(byName),
    platforms: platforms.sort(byName),
    wins,
    winsDay,
    monthDays: { elapsed: workingDays.filter((entry) => entry < day).length, total: workingDays.length },
    sprint: sprintRange
      ? { ...sprintRange, totals: teamTotals(rowsFor(input, sprintRange.first, [sprintRange.last, day].sort()[0] as string)).totals }
      : undefined,
    objections,
    followUps,
  };
}

/**
 * The day's objections from the merged day rows, which carry each day's
 * rebuttal use; the objection titles come from the rep's summaries. A day
 * exported before day rows carried rebuttals falls back to a summary of
 * exactly that day, so a month's rebuttals are never shown as one day's.
 */
function objectionsOfDay(input: BriefInput, dayRows: readonly LeaderboardRow[]): BriefObjection[] {
  const objections = new Map<string, BriefObjection>();
  const add = (title: string, use: { used: number; quoted: number; deals: number }) => {
    const entry = objections.get(title) ?? { objection: title, used: 0, quoted: 0, deals: 0 };
    entry.used += use.used;
    entry.quoted += use.quoted;
    entry.deals += use.deals;
    objections.set(title, entry);
  };
  for (const row of dayRows) {
    const summaries = input.summariesByRep.get(row.repId) ?? [];
    const counts = row.days[0];
    if (counts?.rebuttals) {
      const titles = new Map<string, string>();
      for (const summary of [...summaries].sort((a, b) => a.exportedAt - b.exportedAt))
        for (const rebuttal of summary.rebuttals) if (rebuttal.objection) titles.set(rebuttal.rebuttalId, rebuttal.objection);
      for (const use of counts.rebuttals) add(titles.get(use.rebuttalId) ?? use.rebuttalId, use);
      continue;
    }
    const ofDay = [...summaries]
      .filter((summary) => summary.period.first === input.day && summary.period.last === input.day)
      .sort((a, b) => b.exportedAt - a.exportedAt)[0];
    for (const rebuttal of ofDay?.rebuttals ?? []) add(rebuttal.objection || rebuttal.rebuttalId, rebuttal);
  }
  return [...objections.values()].sort((a, b) => b.used - a.used || a.objection.localeCompare(b.objection)).slice(0, 5);
}

function followUpsOfDay(dayRows: readonly LeaderboardRow[]): BriefFollowUps {
  const reps: BriefFollowUps['reps'] = [];
  let due = 0;
  let set = 0;
  let known = true;
  for (const row of dayRows) {
    const counts = row.days[0];
    if (!counts) continue;
    if (counts.followUpsDue === undefined && counts.followUpsSet === undefined) known = false;
    const rep = { name: row.name, due: counts.followUpsDue ?? 0, set: counts.followUpsSet ?? 0 };
    due += rep.due;
    set += rep.set;
    if (rep.due || rep.set) reps.push(rep);
  }
  // Known as soon as one summary of the day carries the counts.
  if (!known && (due || set)) known = true;
  return { due, set, reps: reps.sort((a, b) => a.name.localeCompare(b.name)), known };
}
