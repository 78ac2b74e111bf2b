import { describe, expect, it } from 'vitest';
import { chinaOfficialDays } from '../../../lib/calendar/holidays-china';
import { middayCheckpoint, monthPace, platformStreak, sprintProgress } from '../../../lib/targets/pace';
import { planPeriod, platformHistory } from '../../../lib/targets/plan';
import { defaultRates, ratesFromHistory, revenueForIncome, reversePlan } from '../../../lib/targets/reverse-plan';

const china = new Map(chinaOfficialDays('zh-CN').map((entry) => [entry.day, entry.kind]));

describe('reverse plan', () => {
  it('works back from an income goal exactly as by hand', () => {
    // Income 12,000 = base 4,000 + bonus 2,000 + 5 % of revenue → revenue 120,000.
    const income = { income: 12000, basePay: 4000, commissionRate: 0.05, targetBonus: 2000 };
    expect(revenueForIncome(income)).toBe(120000);
    const rates = { connectRate: 0.5, quoteRate: 0.4, successRate: 0.25, averagePremium: 3000, callsPerCustomer: 1.5, issueRate: 0.8 };
    const plan = reversePlan({ goal: { kind: 'income', income }, rates, remainingWorkingDays: 20, insurance: false });
    // 120,000 / 3,000 = 40 deals; / 0.25 = 160 quoted; / 0.4 = 400 connected; / 0.5 = 800 customers; x 1.5 = 1,200 dials.
    expect(plan).toMatchObject({ revenue: 120000, deals: 40, quotes: 160, connects: 400, dials: 1200 });
    expect(plan.perDay).toEqual({ revenue: 6000, deals: 2, quotes: 8, connects: 20, dials: 60 });
    // Insurance: the goal is issued premium; submitted premium = 120,000 / 0.8 = 150,000 → 50 deals.
    const insured = reversePlan({ goal: { kind: 'revenue', revenue: 120000 }, rates, remainingWorkingDays: 20, insurance: true });
    expect(insured).toMatchObject({ submittedRevenue: 150000, deals: 50, quotes: 200, connects: 500, dials: 1500 });
    // Parts round up: 7 deals over 3 days is 3 a day.
    expect(reversePlan({ goal: { kind: 'revenue', revenue: 21000 }, rates, remainingWorkingDays: 3, insurance: false }).perDay.deals).toBe(
      3,
    );
  });

  it('uses the rep’s own customer rates where history is rich enough, and says which fell back to defaults and why', () => {
    const history = {
      dialedCustomers: 200,
      connectedCustomers: 90,
      quotedCustomers: 30,
      signedCustomers: 3,
      signedPremium: 9000,
      dials: 300,
      deals: 3,
      issuedDeals: 2,
    };
    const { rates, sources } = ratesFromHistory(history, defaultRates('car-insurance'));
    expect(rates.connectRate).toBe(0.45);
    expect(sources.connectRate).toEqual({ kind: 'own', numerator: 90, denominator: 200 });
    expect(rates.quoteRate).toBeCloseTo(1 / 3);
    expect(rates.callsPerCustomer).toBe(1.5);
    // 3 signed customers are too few for a success rate from 30 quoted... 30 ≥ 10, so own; average premium needs 5 signed.
    expect(sources.successRate.kind).toBe('own');
    expect(sources.averagePremium).toEqual({ kind: 'default', denominator: 3, needed: 5 });
    expect(rates.averagePremium).toBe(3500);
  });
});

describe('pace', () => {
  it('projects the month over a holiday week: October 2025 with 8 days off and a Saturday worked', () => {
    // 180 deals over 18 working days; by the 15th the rep did 10 a day on the 6 working days before (9,10,11,13,14 + 30 Sep is outside).
    const actuals: Record<string, number> = { '2025-10-09': 10, '2025-10-10': 10, '2025-10-11': 10, '2025-10-13': 10, '2025-10-14': 10 };
    const actualOf = (day: string) => actuals[day] ?? 0;
    const plan = planPeriod({
      target: 180,
      first: '2025-10-01',
      last: '2025-10-31',
      today: '2025-10-15',
      actualOf,
      entries: china,
      unit: 1,
    });
    expect(plan.remainingWorkingDays).toBe(13);
    const pace = monthPace(plan, 216, '2025-10-15');
    // Pace 10 per working day: 50 done + 10 today + 12 more days x 10 = 180.
    expect(pace.projected).toBe(180);
    expect(pace.status).toBe('on-track');
    // 130 left over 13 days: today's platform 10.
    expect(pace.todayPlatform).toBe(10);
    expect(pace.neededPerDay).toBe(10);
    // Behind: only 30 done in 5 working days against 50 planned (0.6 < 0.8).
    const slow = planPeriod({
      target: 180,
      first: '2025-10-01',
      last: '2025-10-31',
      today: '2025-10-15',
      actualOf: (day) => (actuals[day] ? 6 : 0),
      entries: china,
      unit: 1,
    });
    const slowPace = monthPace(slow, 216, '2025-10-15');
    expect(slowPace.status).toBe('at-risk');
    expect(slowPace.projected).toBe(30 + 6 + 12 * 6);
  });

  it('celebrates 50/90/100/120 % once each, by the highest reached', () => {
    const plan = (done: number) =>
      planPeriod({
        target: 100,
        first: '2026-11-01',
        last: '2026-11-30',
        today: '2026-11-30',
        actualOf: (day) => (day === '2026-11-02' ? done : 0),
        entries: new Map(),
        unit: 1,
      });
    expect(monthPace(plan(49), 120, '2026-11-30').milestone).toBe(0);
    expect(monthPace(plan(95), 120, '2026-11-30').milestone).toBe(90);
    expect(monthPace(plan(121), 120, '2026-11-30').milestone).toBe(120);
    expect(monthPace(plan(121), 120, '2026-11-30').attainmentStretch).toBeCloseTo(121 / 120);
  });

  it('the midday checkpoint is half the platform, and the sprints split the plan at the 10th, 20th and month end', () => {
    expect(middayCheckpoint(9, 4, 13 * 60 + 5, 13 * 60)).toEqual({ due: 5, actual: 4, passed: true, reached: false });
    const plan = planPeriod({
      target: 210,
      first: '2026-11-01',
      last: '2026-11-30',
      today: '2026-11-01',
      actualOf: () => 0,
      entries: new Map(),
      unit: 1,
    });
    const sprints = sprintProgress(plan, '2026-11', '2026-11-12');
    expect(sprints.map((sprint) => sprint.last)).toEqual(['2026-11-10', '2026-11-20', '2026-11-30']);
    expect(sprints.reduce((sum, sprint) => sum + sprint.target, 0)).toBe(210);
    expect(sprints.map((sprint) => sprint.state)).toEqual(['done', 'current', 'upcoming']);
  });

  it('the streak counts working days on the platform and skips the National Day holiday', () => {
    const actuals: Record<string, number> = { '2025-09-29': 10, '2025-09-30': 10, '2025-10-09': 10, '2025-10-10': 3 };
    const actualOf = (day: string) => actuals[day] ?? 0;
    const platforms = new Map<string, number>();
    const input = { target: 200, first: '2025-09-01', last: '2025-09-30', actualOf: () => 9, entries: china, unit: 1 };
    // September: the platform was 9 or 10 each day; October's from its own plan.
    for (const [day, value] of platformHistory({ ...input, actualOf }, '2025-09-30')) platforms.set(day, Math.min(value, 10));
    for (const [day, value] of platformHistory(
      { target: 180, first: '2025-10-01', last: '2025-10-31', actualOf, entries: china, unit: 1 },
      '2025-10-10',
    ))
      platforms.set(day, value);
    // 10 Oct missed (3 < 10): today unmet does not break; 9 Oct, 30 and 29 Sep met across the holiday.
    expect(platformStreak(platforms, actualOf, '2025-10-10', china, '2025-09-01')).toBe(3);
    expect(platformStreak(platforms, actualOf, '2025-10-11', china, '2025-09-01')).toBe(0);
  });
});
