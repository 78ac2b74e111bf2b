import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recountRollups } from '../../../lib/calls/rollups';
import type { CallRecord, DailyRollup } from '../../../lib/db/records';
import { createBackup, readBackup, restoreBackup } from '../../../lib/formats/backup';
import { freshDatabase } from '../../helpers/db';

const DAYS = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-02-28', '2024-02-29'];
const flag = fc.constantFrom<0 | 1>(0, 1);

const callArbitrary = (index: number) =>
  fc
    .record({
      day: fc.constantFrom(...DAYS),
      outcomeId: fc.constantFrom('no-answer', 'quoted', 'deal', 'callback'),
      flags: fc.record({ dialed: flag, connected: flag, effective: flag, quoted: flag, deal: flag }),
      amount: fc.oneof(
        fc.constant(0),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
      ),
      durationSec: fc.integer({ min: 0, max: 86_400 }),
    })
    .map(
      (shape): CallRecord => ({
        id: `call-${index}`,
        startedAt: 1_764_000_000_000 + index,
        endedAt: 1_764_000_060_000 + index,
        notes: '',
        scriptPath: [],
        checklistDone: [],
        rebuttalsUsed: [],
        overrides: [],
        updatedAt: 1,
        ...shape,
      }),
    );

// Whatever totals a file claims (any valid numbers, any days), they are never what gets restored.
const claimedRollup = fc.record({
  day: fc.constantFrom(...DAYS, '2025-01-01'),
  dials: fc.nat(),
  connects: fc.nat(),
  effective: fc.nat(),
  quotes: fc.nat(),
  deals: fc.nat(),
  revenue: fc.double({ min: 0, max: 1e308, noNaN: true }),
  talkSeconds: fc.double({ min: 0, max: 1e308, noNaN: true }),
  byOutcome: fc.dictionary(fc.constantFrom('quoted', 'deal', 'x'), fc.nat()),
}) satisfies fc.Arbitrary<DailyRollup>;

describe('restored daily totals', () => {
  it('always equal a recount of the restored calls, whatever the file claims', { timeout: 120_000 }, async () => {
    const db = freshDatabase();
    const empty = await createBackup(db, 0, 'test');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 25 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => callArbitrary(index)))),
        fc.uniqueArray(claimedRollup, { selector: (rollup) => rollup.day, maxLength: 6 }),
        async (calls, rollups) => {
          const file = {
            ...empty,
            counts: { ...empty.counts, calls: calls.length, rollups: rollups.length },
            tables: { ...empty.tables, calls, rollups },
          };
          const read = readBackup(JSON.stringify(file));
          if (!read.ok) throw new Error(JSON.stringify(read.rejection));
          await restoreBackup(read.backup, db);
          const recount = [...recountRollups(await db.calls.toArray()).values()].sort((a, b) => a.day.localeCompare(b.day));
          expect(await db.rollups.toArray()).toEqual(recount);
          expect(read.rollups.recountedDays).toBe(recount.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
