import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSummary } from '../../../lib/team/merge';
import type { TeamRepRecord } from '../../../lib/team/team-records';
import { makeSummary } from './summary-fixtures';

/** A rep the lead has a row for but no day of: the general merge starts from it. */
const heldNothing = (repId: string): TeamRepRecord => ({
  repId,
  name: '',
  team: '',
  startDate: null,
  appVersion: '',
  playbook: null,
  asOf: Number.NEGATIVE_INFINITY,
  asOfHash: '',
  sources: [],
  daySource: {},
  dayCounts: {},
});

describe("a rep's first export", () => {
  it('merges exactly as the general merge does from nothing held: every day of the period claimed, days without activity null', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { minLength: 30, maxLength: 30 }), async (dials) => {
        const summary = await makeSummary({ dialsOf: (day) => dials[Number(day.slice(8)) - 1] ?? 0 });
        const first = mergeSummary(undefined, summary);
        expect(first).toEqual(mergeSummary(heldNothing(summary.rep.id), summary));
        expect(Object.keys(first.record.dayCounts)).toHaveLength(30);
        expect(first.addedDays).toBe(summary.days.length);
        expect(first.replacedDays).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
