import { parseDayKey } from '../calendar/day-key';

/** 团队发展的规律 (DOMAIN.md "Team stages"): the stage a rep, or a team, is in by how long it has existed. */
export type TenureStage = 'forming' | 'storming' | 'norming' | 'performing';
export const TENURE_STAGES: readonly TenureStage[] = ['forming', 'storming', 'norming', 'performing'];

/** Whole months from `start` to `today` (a month is complete on the same date of the next month). */
export function monthsBetween(start: string, today: string): number {
  const from = parseDayKey(start);
  const to = parseDayKey(today);
  if (!from || !to) return 0;
  const months = (to.year - from.year) * 12 + (to.month - from.month) - (to.date < from.date ? 1 : 0);
  return Math.max(0, months);
}

/** 磨合期 under 2 months, 动荡期 2-4, 稳定期 4-6, 成熟期 from 6. */
export function tenureStage(start: string, today: string): { stage: TenureStage; months: number } {
  const months = monthsBetween(start, today);
  const stage: TenureStage = months < 2 ? 'forming' : months < 4 ? 'storming' : months < 6 ? 'norming' : 'performing';
  return { stage, months };
}
