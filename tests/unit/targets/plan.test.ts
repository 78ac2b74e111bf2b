import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaOfficialDays } from '../../../lib/calendar/holidays-china';
import { periodRange } from '../../../lib/calendar/periods';
import { workingDaysBetween } from '../../../lib/calendar/working-days';
import { plannedBetween, planPeriod, splitLargestRemainder } from '../../../lib/targets/plan';

const china = new Map(chinaOfficialDays('zh-CN').map((entry) => [entry.day, entry.kind]));
const none = new Map<string, 'holiday' | 'workday'>();

describe('largest-remainder split', () => {
  it('splits 10 over 3 days as 4, 3, 3 (front-loaded) and 7.01 in cents exactly', () => {
    expect(splitLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitLargestRemainder(7.01, [1, 1, 1], 0.01)).toEqual([2.34, 2.34, 2.33]);
    expect(splitLargestRemainder(5, [1, 0, 1])).toEqual([3, 0, 2]);
  });

  it('parts always sum exactly to the total, for any weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const parts = splitLargestRemainder(total, weights);
          if (weights.every((weight) => weight === 0)) expect(parts.every((part) => part === 0)).toBe(true);
          else expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
          parts.forEach((part, index) => {
            if (weights[index] === 0) expect(part).toBe(0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('month plan over China working days', () => {
  it('October 2025: National Day 1-8 off, 28 Sep and 11 Oct worked; 200 deals over 18 working days', () => {
    const plan = planPeriod({
      target: 200,
      first: '2025-10-01',
      last: '2025-10-31',
      today: '2025-10-01',
      actualOf: () => 0,
      entries: china,
      unit: 1,
    });
    expect(plan.totalWorkingDays).toBe(18);
    const byDay = new Map(plan.days.map((day) => [day.day, day.planned]));
    for (let date = 1; date <= 8; date += 1) expect(byDay.get(`2025-10-0${date}`)).toBe(0);
    expect(byDay.get('2025-10-11')).toBeGreaterThan(0);
    expect(byDay.get('2025-10-12')).toBe(0);
    expect(plan.days.reduce((sum, day) => sum + day.planned, 0)).toBe(200);
    // 200 = 18 x 11 + 2: the first 2 working days (9th, 10th) get 12.
    expect(byDay.get('2025-10-09')).toBe(12);
    expect(byDay.get('2025-10-10')).toBe(12);
    expect(byDay.get('2025-10-11')).toBe(11);
    expect(byDay.get('2025-10-31')).toBe(11);
  });

  it('days passed keep their actuals and a mid-month change re-plans only the days left', () => {
    const actuals: Record<string, number> = { '2026-11-02': 10, '2026-11-03': 4, '2026-11-04': 9 };
    const actualOf = (day: string) => actuals[day] ?? 0;
    const before = planPeriod({
      target: 105,
      first: '2026-11-01',
      last: '2026-11-30',
      today: '2026-11-05',
      actualOf,
      entries: none,
      unit: 1,
    });
    expect(before.days.find((day) => day.day === '2026-11-03')?.planned).toBe(4);
    // 21 working days in Nov 2026, 3 passed: 105 - 23 = 82 over 18 days.
    expect(before.remaining).toBe(82);
    expect(before.remainingWorkingDays).toBe(18);
    const after = planPeriod({
      target: 141,
      first: '2026-11-01',
      last: '2026-11-30',
      today: '2026-11-05',
      actualOf,
      entries: none,
      unit: 1,
    });
    expect(after.days.filter((day) => day.past).map((day) => day.planned)).toEqual(
      before.days.filter((day) => day.past).map((day) => day.planned),
    );
    expect(after.remaining).toBe(118);
    expect(after.days.reduce((sum, day) => sum + day.planned, 0)).toBe(141);
  });

  it('for any target, month, today and actuals, the daily parts sum to the period target (or to what was done past it)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 31, maxLength: 31 }),
        (year, month, date, target, daily) => {
          const key = `${year}-${String(month).padStart(2, '0')}`;
          const range = periodRange(key);
          if (!range) throw new Error(key);
          const today = `${key}-${String(date).padStart(2, '0')}`;
          const actualOf = (day: string) => daily[Number(day.slice(8)) - 1] ?? 0;
          const plan = planPeriod({ target, first: range.first, last: range.last, today, actualOf, entries: china, unit: 1 });
          const doneBefore = plan.days.filter((day) => day.past).reduce((sum, day) => sum + day.actual, 0);
          const total = plan.days.reduce((sum, day) => sum + day.planned, 0);
          if (plan.remainingWorkingDays === 0) expect(total).toBe(doneBefore);
          else expect(total).toBe(Math.max(target, doneBefore));
          for (const day of plan.days) if (!day.past && !day.working) expect(day.planned).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('revenue splits in cents and sums exactly', () => {
    const plan = planPeriod({
      target: 100000.01,
      first: '2026-02-01',
      last: '2026-02-28',
      today: '2026-02-01',
      actualOf: () => 0,
      entries: china,
      unit: 0.01,
    });
    const total = plan.days.reduce((sum, day) => sum + Math.round(day.planned * 100), 0);
    expect(total).toBe(10000001);
  });
});

describe('decomposition year → quarter → month → week', () => {
  it('a 2026 year target spreads over China working days; quarters, months and weeks are sums of the same days', () => {
    const plan = planPeriod({
      target: 2500,
      first: '2026-01-01',
      last: '2026-12-31',
      today: '2026-01-01',
      actualOf: () => 0,
      entries: china,
      unit: 1,
    });
    const workingDays = workingDaysBetween('2026-01-01', '2026-12-31', china).length;
    expect(plan.totalWorkingDays).toBe(workingDays);
    const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((key) => {
      const range = periodRange(key);
      if (!range) throw new Error(key);
      return plannedBetween(plan, range.first, range.last);
    });
    expect(quarters.reduce((a, b) => a + b, 0)).toBe(2500);
    const months = Array.from({ length: 12 }, (_, index) => {
      const range = periodRange(`2026-${String(index + 1).padStart(2, '0')}`);
      if (!range) throw new Error('month');
      return plannedBetween(plan, range.first, range.last);
    });
    expect(months.reduce((a, b) => a + b, 0)).toBe(2500);
    // February 2026 has the Spring Festival (15-23 off) and two Saturdays worked (14th, 28th): fewer working days, a smaller share.
    expect(workingDaysBetween('2026-02-01', '2026-02-28', china).length).toBe(16);
    expect(months[1]).toBeLessThan(months[2] as number);
    // ISO week 2026-W53 runs 28 Dec 2026 to 3 Jan 2027: only its 2026 days carry the 2026 target.
    const w53 = periodRange('2026-W53');
    expect(w53).toMatchObject({ first: '2026-12-28', last: '2027-01-03' });
    expect(plannedBetween(plan, '2026-12-28', '2027-01-03')).toBe(plannedBetween(plan, '2026-12-28', '2026-12-31'));
  });
});
