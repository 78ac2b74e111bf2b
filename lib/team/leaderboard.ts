import type { PeriodRange } from '../calendar/periods';
import { daysInRange } from './merge';
import { totalsOfDays } from './summary-aggregate';
import type { Summary, SummaryCustomers, SummaryDay, SummaryKpi, SummaryTarget } from './summary-schema';
import type { TeamRepRecord } from './team-records';

export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** The KPI a rep's attainment is measured in: the first of these the rep has a target for. */
const ATTAINMENT_KPIS: readonly SummaryKpi[] = ['revenue', 'issued', 'deals', 'quotes', 'effective', 'connects', 'dials'];

export type KpiTotals = Record<SummaryKpi | 'talkSeconds' | 'issuedPremium', number>;

/** What a target in `kpi` is measured against: a target in 'issued' is issued premium (承保保费, lib/targets). */
export const actualOf = (kpi: SummaryKpi, totals: KpiTotals): number => (kpi === 'issued' ? totals.issuedPremium : totals[kpi]);

export interface RateCell {
  part: number;
  whole: number;
  /** undefined when there is nothing to divide by. */
  value: number | undefined;
  /** Whether the rate may rank: only past the minimum dials. */
  ranks: boolean;
}

export interface LeaderboardRow {
  repId: string;
  name: string;
  team: string;
  startDate: string | null;
  playbookVersion: number | null;
  totals: KpiTotals;
  days: SummaryDay[];
  target: Pick<SummaryTarget, 'kpi' | 'floor' | 'stretch'> | undefined;
  /** Actual over the floor of the rep's own target, in percent. */
  attainment: number | undefined;
  connectRate: RateCell;
  quoteRate: RateCell;
  successRate: RateCell;
  /** Distinct customers, when an export of exactly this period was imported. */
  customers: SummaryCustomers | undefined;
  asOf: number;
  stale: boolean;
}

/** A rep's totals over the days: the same cent-exact sum a summary's own totals are checked against. */
export function sumDays(days: readonly SummaryDay[]): KpiTotals {
  return totalsOfDays(days);
}

/** The rep's target for exactly this period, from the newest import that carries one. */
function targetFor(summaries: readonly Summary[], period: PeriodRange): LeaderboardRow['target'] {
  const newestFirst = [...summaries].sort((a, b) => b.exportedAt - a.exportedAt);
  for (const kpi of ATTAINMENT_KPIS) {
    for (const summary of newestFirst) {
      const target = summary.targets.find((entry) => entry.periodKey === period.key && entry.kpi === kpi && entry.floor > 0);
      if (target) return { kpi, floor: target.floor, stretch: target.stretch };
    }
  }
  return undefined;
}

const rate = (part: number, whole: number, dials: number, minimumDials: number): RateCell => ({
  part,
  whole,
  value: whole > 0 ? part / whole : undefined,
  ranks: whole > 0 && dials >= minimumDials,
});

/**
 * One row per rep for a period, from the merged days (any period is exact)
 * and the rep's imported summaries (targets; customer counts when a summary
 * covers exactly this period).
 */
export function buildLeaderboard(
  reps: readonly TeamRepRecord[],
  summariesByRep: ReadonlyMap<string, readonly Summary[]>,
  period: PeriodRange,
  { minimumDials, now }: { minimumDials: number; now: number },
): LeaderboardRow[] {
  return reps.map((rep) => {
    const days = daysInRange(rep, period.first, period.last);
    const totals = sumDays(days);
    const summaries = summariesByRep.get(rep.repId) ?? [];
    const target = targetFor(summaries, period);
    const exact = summaries
      .filter((summary) => summary.period.first === period.first && summary.period.last === period.last)
      .sort((a, b) => b.exportedAt - a.exportedAt)[0];
    return {
      repId: rep.repId,
      name: rep.name,
      team: rep.team,
      startDate: rep.startDate,
      playbookVersion: rep.playbook?.version ?? null,
      totals,
      days,
      target,
      attainment: target ? (actualOf(target.kpi, totals) / target.floor) * 100 : undefined,
      connectRate: rate(totals.connects, totals.dials, totals.dials, minimumDials),
      quoteRate: rate(totals.quotes, totals.connects, totals.dials, minimumDials),
      successRate: rate(totals.deals, totals.quotes, totals.dials, minimumDials),
      customers: exact?.customers,
      asOf: rep.asOf,
      stale: now - rep.asOf > STALE_AFTER_MS,
    };
  });
}

export type LeaderboardSortKey = 'attainment' | SummaryKpi | 'talkSeconds' | 'connectRate' | 'quoteRate' | 'successRate' | 'name';

/**
 * Highest first (names A-Z). Rows without a value, and rates below the
 * minimum dials, go after every ranked row, in name order.
 */
export function sortLeaderboard(
  rows: readonly LeaderboardRow[],
  key: LeaderboardSortKey,
  direction: 'desc' | 'asc' = 'desc',
): LeaderboardRow[] {
  const sortValue = (row: LeaderboardRow): number | undefined => {
    if (key === 'attainment') return row.attainment;
    if (key === 'connectRate' || key === 'quoteRate' || key === 'successRate') return row[key].ranks ? row[key].value : undefined;
    if (key === 'name') return undefined;
    return row.totals[key];
  };
  const byName = (a: LeaderboardRow, b: LeaderboardRow) => a.name.localeCompare(b.name) || (a.repId < b.repId ? -1 : 1);
  if (key === 'name') return [...rows].sort((a, b) => (direction === 'asc' ? byName(a, b) : byName(b, a)));
  return [...rows].sort((a, b) => {
    const left = sortValue(a);
    const right = sortValue(b);
    if (left === undefined || right === undefined) return left === right ? byName(a, b) : left === undefined ? 1 : -1;
    return (direction === 'desc' ? right - left : left - right) || byName(a, b);
  });
}

/** The team's sums, and its target: the sum of the reps' own floors and stretches in one KPI. */
export function teamTotals(rows: readonly LeaderboardRow[]) {
  const totals = sumDays(rows.flatMap((row) => row.days));
  const kpis = new Set(rows.map((row) => row.target?.kpi).filter(Boolean));
  const kpi = kpis.size === 1 ? (rows.find((row) => row.target)?.target?.kpi as SummaryKpi) : undefined;
  const target = kpi
    ? {
        kpi,
        floor: rows.reduce((sum, row) => sum + (row.target?.floor ?? 0), 0),
        stretch: rows.reduce((sum, row) => sum + (row.target?.stretch ?? 0), 0),
      }
    : undefined;
  return { totals, target, attainment: target ? (actualOf(target.kpi, totals) / target.floor) * 100 : undefined };
}
