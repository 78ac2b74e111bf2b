import { type PeriodRange, periodRange } from '../calendar/periods';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { SummaryTarget } from './summary-schema';
import { summaryKpiSchema } from './summary-schema';

/** The stretch buffer over the company target when a target carries none (DOMAIN.md: +20%). */
export const DEFAULT_STRETCH_FACTOR = 1.2;

type StoredTarget = {
  period: SummaryTarget['period'];
  periodKey: string;
  kpi: string;
  value: number;
  stretch?: number;
  floor?: number;
  history?: unknown[];
  changes?: number;
};

const overlaps = (a: Pick<PeriodRange, 'first' | 'last'>, b: Pick<PeriodRange, 'first' | 'last'>) => a.first <= b.last && b.first <= a.last;

/**
 * The rep's targets for every period that overlaps the exported one (the year,
 * quarter, month, weeks and days around it), floor and stretch, with how often
 * each was changed.
 */
export async function readSummaryTargets(
  period: Pick<PeriodRange, 'first' | 'last'>,
  db: CallsideDatabase = getDatabase(),
): Promise<SummaryTarget[]> {
  const stored = (await db.targets.toArray()) as StoredTarget[];
  const targets: SummaryTarget[] = [];
  for (const target of stored) {
    const range = periodRange(target.periodKey);
    const kpi = summaryKpiSchema.safeParse(target.kpi);
    if (!range || !kpi.success || !overlaps(range, period)) continue;
    const floor = target.floor ?? target.value;
    targets.push({
      period: range.kind,
      periodKey: target.periodKey,
      kpi: kpi.data,
      floor,
      stretch: target.stretch ?? Math.round(floor * DEFAULT_STRETCH_FACTOR * 100) / 100,
      changes: target.changes ?? Math.max(0, (target.history?.length ?? 1) - 1),
    });
  }
  return targets.sort((a, b) => (a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : a.kpi < b.kpi ? -1 : 1));
}
