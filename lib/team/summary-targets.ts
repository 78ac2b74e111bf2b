import { type PeriodRange, periodRange } from '../calendar/periods';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { withTiers } from '../targets/target-store';
import type { SummaryTarget } from './summary-schema';

const overlaps = (a: Pick<PeriodRange, 'first' | 'last'>, b: Pick<PeriodRange, 'first' | 'last'>) => a.first <= b.last && b.first <= a.last;

/**
 * The rep's targets for every period that overlaps the exported one (the year,
 * quarter, month, weeks and days around it), floor and stretch as lib/targets
 * works them out, with how often each was changed after it was first set.
 */
export async function readSummaryTargets(
  period: Pick<PeriodRange, 'first' | 'last'>,
  db: CallsideDatabase = getDatabase(),
): Promise<SummaryTarget[]> {
  const [rows, history] = await Promise.all([db.targets.toArray(), db.targetHistory.toArray()]);
  const changesOf = new Map<string, number>();
  // The first history entry of a target is its creation (old is null), not a change.
  for (const change of history) if (change.old !== null) changesOf.set(change.targetId, (changesOf.get(change.targetId) ?? 0) + 1);
  const targets: SummaryTarget[] = [];
  for (const row of rows) {
    const range = periodRange(row.periodKey);
    if (!range || !overlaps(range, period)) continue;
    const tiers = withTiers(row);
    targets.push({
      period: range.kind,
      periodKey: row.periodKey,
      kpi: row.kpi,
      floor: tiers.floor,
      stretch: tiers.stretch,
      changes: changesOf.get(row.id) ?? 0,
    });
  }
  return targets.sort((a, b) => (a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : a.kpi < b.kpi ? -1 : 1));
}
