// Pace against a month's plan (pure): today against the daily platform
// (日平台), month to date against the even plan, the month end projected at
// the current working-day pace, what is needed per remaining working day, a
// status, the midday checkpoint, the three 10-day sprints and the milestones.
import { addDays, type DayKey, isDayKey } from '../calendar/day-key';
import { monthSprints } from '../calendar/periods';
import { type CalendarEntries, isWorkingDay } from '../calendar/working-days';
import type { PeriodPlan } from './plan';

export type PaceStatus = 'on-track' | 'behind' | 'at-risk';

export interface PaceThresholds {
  /** Done-to-date / planned-to-date at or above this is on track. */
  onTrack: number;
  /** Below this it is at risk; between the two, behind. */
  atRisk: number;
}
export const DEFAULT_THRESHOLDS: PaceThresholds = { onTrack: 0.95, atRisk: 0.8 };

/** Celebrated once each, quietly: 50 / 90 / 100 / 120 % of the month's floor. */
export const MILESTONES = [50, 90, 100, 120] as const;

export interface MonthPace {
  floor: number;
  stretch: number;
  monthToDate: number;
  /** The even plan (target over all working days) through yesterday, what "on plan" means. */
  plannedToDate: number;
  todayPlatform: number;
  todayActual: number;
  /** Month to date plus the current pace per working day over the working days left. */
  projected: number;
  /** What is left of the floor over the working days left, today included. */
  neededPerDay: number;
  remainingWorkingDays: number;
  status: PaceStatus;
  /** The highest milestone reached, 0 before 50 %. */
  milestone: number;
  attainmentFloor: number;
  attainmentStretch: number;
}

const cents = (value: number) => Math.round(value * 100) / 100;

export function monthPace(plan: PeriodPlan, stretch: number, today: DayKey, thresholds: PaceThresholds = DEFAULT_THRESHOLDS): MonthPace {
  const past = plan.days.filter((day) => day.past);
  const todayPlan = plan.days.find((day) => day.day === today);
  const todayActual = todayPlan?.actual ?? 0;
  const monthToDate = cents(plan.days.filter((day) => day.day <= today).reduce((sum, day) => sum + day.actual, 0));
  const pastWorking = past.filter((day) => day.working).length;
  const doneBefore = past.reduce((sum, day) => sum + day.actual, 0);
  const plannedToDate = plan.totalWorkingDays === 0 ? 0 : (plan.target * pastWorking) / plan.totalWorkingDays;
  // The pace is per working day done; on the month's first working day, today's own count.
  const pace = pastWorking > 0 ? doneBefore / pastWorking : todayActual;
  const todayWorking = todayPlan?.working === true;
  const afterToday = plan.remainingWorkingDays - (todayWorking ? 1 : 0);
  const projected = cents(monthToDate + Math.max(0, todayWorking ? pace - todayActual : 0) + pace * Math.max(0, afterToday));
  const ratio = plannedToDate > 0 ? doneBefore / plannedToDate : 1;
  const status: PaceStatus = ratio >= thresholds.onTrack ? 'on-track' : ratio >= thresholds.atRisk ? 'behind' : 'at-risk';
  const attainmentFloor = plan.target > 0 ? monthToDate / plan.target : 0;
  const milestone = [...MILESTONES].reverse().find((mark) => attainmentFloor * 100 >= mark) ?? 0;
  return {
    floor: plan.target,
    stretch,
    monthToDate,
    plannedToDate: cents(plannedToDate),
    todayPlatform: todayPlan?.planned ?? 0,
    todayActual,
    projected,
    neededPerDay: plan.remainingWorkingDays > 0 ? cents(Math.max(0, plan.target - monthToDate) / plan.remainingWorkingDays) : 0,
    remainingWorkingDays: plan.remainingWorkingDays,
    status,
    milestone,
    attainmentFloor,
    attainmentStretch: stretch > 0 ? monthToDate / stretch : 0,
  };
}

export interface MiddayCheckpoint {
  /** Half the daily platform, rounded up: the number for the midday meeting (午会). */
  due: number;
  actual: number;
  /** True once the checkpoint time has passed. */
  passed: boolean;
  reached: boolean;
}

export function middayCheckpoint(
  platform: number,
  actual: number,
  minuteNow: number,
  checkpointMinute: number,
  unit = 1,
): MiddayCheckpoint {
  const due = unit === 1 ? Math.ceil(platform / 2) : cents(platform / 2);
  return { due, actual, passed: minuteNow >= checkpointMinute, reached: actual >= due };
}

export interface SprintProgress {
  index: 1 | 2 | 3;
  first: DayKey;
  /** The checkpoint: the 10th, the 20th, the month's last day. */
  last: DayKey;
  target: number;
  actual: number;
  state: 'done' | 'current' | 'upcoming';
  met: boolean;
}

/** The three 10-day sprints (上旬, 中旬, 下旬): each one's share of the plan and what was done in it. */
export function sprintProgress(plan: PeriodPlan, monthKey: string, today: DayKey): SprintProgress[] {
  return monthSprints(monthKey).map((sprint) => {
    const days = plan.days.filter((day) => day.day >= sprint.first && day.day <= sprint.last);
    const target = cents(days.reduce((sum, day) => sum + day.planned, 0));
    const actual = cents(days.filter((day) => day.day <= today).reduce((sum, day) => sum + day.actual, 0));
    const state = today > sprint.last ? 'done' : today >= sprint.first ? 'current' : 'upcoming';
    return { ...sprint, target, actual, state, met: actual >= target && target > 0 };
  });
}

/**
 * Working days in a row on the platform, newest first, skipping non-working
 * days. Today counts once it is met; an unmet today does not break the streak.
 */
export function platformStreak(
  platforms: ReadonlyMap<DayKey, number>,
  actualOf: (day: DayKey) => number,
  today: DayKey,
  entries: CalendarEntries,
  earliest: DayKey,
): number {
  let streak = 0;
  let day = today;
  while (day >= earliest && isDayKey(day)) {
    if (isWorkingDay(day, entries)) {
      const platform = platforms.get(day);
      if (platform === undefined) break;
      const met = actualOf(day) >= platform;
      if (met) streak += 1;
      else if (day !== today) break;
    }
    day = addDays(day, -1);
  }
  return streak;
}
