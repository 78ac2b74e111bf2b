import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysFrom } from '../../../lib/calendar/day-key';
import { isWorkingDay } from '../../../lib/calendar/working-days';
import { platformHistory, splitLargestRemainder } from '../../../lib/targets/plan';
import { setTarget, targetsForPeriods } from '../../../lib/targets/target-store';
import { freshDatabase } from '../../helpers/db';

/** Each working day's morning platform as the definition reads: what is left, split over the working days left, first share. */
function platformsByDefinition(
  target: number,
  first: string,
  last: string,
  through: string,
  actualOf: (day: string) => number,
  entries: Map<string, 'holiday' | 'workday'>,
  unit: number,
) {
  const all = daysFrom(first, last);
  let workingLeft = all.filter((day) => isWorkingDay(day, entries)).length;
  let done = 0;
  const platforms = new Map<string, number>();
  for (const day of daysFrom(first, last < through ? last : through)) {
    if (isWorkingDay(day, entries)) {
      const left = unit === 1 ? Math.round(target - done) : Math.round((target - done) * 100) / 100;
      platforms.set(day, splitLargestRemainder(Math.max(0, left), Array(workingLeft).fill(1), unit)[0] ?? 0);
      workingLeft -= 1;
    }
    done += actualOf(day);
  }
  return platforms;
}

describe('plans read fast', () => {
  it('morning platforms equal the largest-remainder split of what was left, for any target, log, calendar and unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 50 }),
        fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
        fc.array(fc.oneof(fc.nat(30), fc.double({ min: 0, max: 5_000, noNaN: true })), { minLength: 41, maxLength: 41 }),
        fc.array(fc.tuple(fc.nat(40), fc.constantFrom('holiday' as const, 'workday' as const)), { maxLength: 8 }),
        fc.boolean(),
        (start, length, throughOffset, target, actuals, marks, cents) => {
          const first = addDays('2026-10-01', start);
          const last = addDays(first, length);
          const through = addDays(first, throughOffset - 5);
          const entries = new Map(marks.map(([offset, kind]) => [addDays(first, offset), kind]));
          const unit = cents ? 0.01 : 1;
          const actualOf = (day: string) => {
            const value = actuals[daysFrom(first, day).length - 1] ?? 0;
            return cents ? Math.round(value * 100) / 100 : Math.round(value);
          };
          const input = { target, first, last, actualOf, entries, unit };
          const expected = platformsByDefinition(target, first, last, through, actualOf, entries, unit);
          expect([...platformHistory(input, through)]).toEqual([...expected]);
          // A second plan of the same range and calendar (remembered days) answers the same.
          expect([...platformHistory(input, through)]).toEqual([...expected]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the targets of many periods come back by key, and only those asked for', async () => {
    const db = freshDatabase();
    const set = (periodKey: string, floor: number) =>
      setTarget({ periodKey, kpi: 'deals', floor, stretchFactor: 1.2, reason: 'plan' }, 0, db);
    for (const [key, floor] of [
      ['2026', 600],
      ['2025', 500],
      ['2026-Q2', 150],
      ['2026-05', 50],
      ['2026-06', 55],
      ['2027-05', 70],
      ['2026-W20', 12],
      ['2026-05-12', 3],
      ['2026-05-13', 4],
    ] as const)
      await set(key, floor);
    const many = await targetsForPeriods(['2026', '2026-Q2', '2026-05', '2026-W20', '2026-05-12', '2026-12'], db);
    expect(Object.fromEntries([...many].map(([key, list]) => [key, list.map((target) => target.floor)]))).toEqual({
      '2026': [600],
      '2026-Q2': [150],
      '2026-05': [50],
      '2026-W20': [12],
      '2026-05-12': [3],
      '2026-12': [],
    });
    // One kind: a range from its lowest to its highest key, the keys between not asked for left out.
    const months = await targetsForPeriods(['2026-05', '2027-05'], db);
    expect([...months].map(([key, list]) => [key, list.map((target) => target.floor)])).toEqual([
      ['2026-05', [50]],
      ['2027-05', [70]],
    ]);
    expect((await targetsForPeriods(['not a period'], db)).get('not a period')).toEqual([]);
  });
});
