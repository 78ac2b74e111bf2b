import { type CallsideDatabase, getDatabase } from '../db/database';

/** How a rebuttal did on the rep's own calls: always counts, so no rate is shown without its base. */
export interface RebuttalStats {
  used: number;
  quoted: number;
  deal: number;
}

export const EMPTY_REBUTTAL_STATS: RebuttalStats = { used: 0, quoted: 0, deal: 0 };

/**
 * Counts, per rebuttal, the saved calls it was used on and how many of those
 * were quoted and closed. Uses the multiEntry index on calls.rebuttalsUsed, so
 * only calls that used one of these rebuttals are read.
 */
export async function rebuttalStats(
  rebuttalIds: readonly string[],
  db: CallsideDatabase = getDatabase(),
): Promise<Map<string, RebuttalStats>> {
  const stats = new Map<string, RebuttalStats>();
  if (rebuttalIds.length === 0) return stats;
  const wanted = new Set(rebuttalIds);
  const calls = await db.calls
    .where('rebuttalsUsed')
    .anyOf([...wanted])
    .distinct()
    .toArray();
  for (const call of calls) {
    for (const id of new Set(call.rebuttalsUsed)) {
      if (!wanted.has(id)) continue;
      const entry = stats.get(id) ?? { ...EMPTY_REBUTTAL_STATS };
      entry.used += 1;
      entry.quoted += call.flags.quoted;
      entry.deal += call.flags.deal;
      stats.set(id, entry);
    }
  }
  return stats;
}

/** Share as a whole percent, or undefined when there is no base to divide by. */
export const percentOf = (part: number, whole: number): number | undefined => (whole > 0 ? Math.round((part / whole) * 100) : undefined);
