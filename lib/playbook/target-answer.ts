// Targets as a conversation (DOMAIN.md "Targets": agreed, not imposed): each
// target a pack proposes is accepted, or answered with the rep's own number
// and the reverse plan behind it (lib/targets), from the rep's own rates.
import { periodRange } from '../calendar/periods';
import { workingDaysBetween } from '../calendar/working-days';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { Kpi } from '../db/records';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Industry } from '../settings/settings';
import { calendarEntries } from '../targets/calendar-store';
import { historyCounts } from '../targets/lever-view';
import { defaultRates, type PlanRates, ratesFromHistory, reversePlan } from '../targets/reverse-plan';
import { checkTargetInput, loadTargetSettings, type TargetProblem } from '../targets/target-store';
import { MAX_DAY_COUNT, type SummaryReversePlan, type SummaryTargetAnswer, type SummaryTargetAnswers } from '../team/summary-schema';
import type { PlaybookTarget } from './playbook-schema';

/** What the rep chose for one proposed target; `own` is the number field's text. */
export type TargetChoice = { answer: 'accepted' } | { answer: 'own'; own: string };

/** The stretch tier as lib/targets works it out: money to the cent, counts rounded up to a whole. */
export function stretchOf(kpi: Kpi, floor: number, stretchFactor: number): number {
  const raw = floor * stretchFactor;
  return kpi === 'revenue' || kpi === 'issued' ? Math.round(raw * 100) / 100 : Math.ceil(raw - 1e-9);
}

export const targetKeyOf = (target: Pick<PlaybookTarget, 'periodKey' | 'kpi'>): string => `${target.periodKey}|${target.kpi}`;

/** The rep's rates and the working days of each proposed period still ahead, for the reverse plan. */
export interface PlanBasis {
  rates: PlanRates;
  insurance: boolean;
  /** Working days from today (or the period's first day) to the period's last, per period key. */
  workingDays: Record<string, number>;
}

export async function loadPlanBasis(
  targets: readonly PlaybookTarget[],
  today: string,
  industry: Industry,
  db: CallsideDatabase = getDatabase(),
): Promise<PlanBasis> {
  const settings = await loadTargetSettings(db);
  const history = await historyCounts(today, settings.rateWindowDays, db);
  const { rates } = ratesFromHistory(history, defaultRates(industry));
  const workingDays: Record<string, number> = {};
  for (const target of targets) {
    const range = periodRange(target.periodKey);
    if (!range || workingDays[target.periodKey] !== undefined) continue;
    const first = range.first > today ? range.first : today;
    workingDays[target.periodKey] =
      first > range.last ? 0 : workingDaysBetween(first, range.last, await calendarEntries(first, range.last, db)).length;
  }
  return { rates, insurance: industry === 'car-insurance', workingDays };
}

// Counts are whole and rounded up, as in lib/targets' reverse plan; capped at what a summary may carry
// (a revenue target over a tiny average deal would otherwise ask for more dials than a file allows).
const MAX_PLAN_COUNT = MAX_DAY_COUNT * 366;
const up = (value: number) => Math.min(MAX_PLAN_COUNT, Math.ceil(value - 1e-9));

/**
 * What a number in one KPI takes, down the funnel: revenue, issued premium
 * and deals go through lib/targets' reversePlan (revenue -> deals -> quotes
 * -> connects -> dials); a target lower in the funnel starts where it is.
 */
export function planForTarget(kpi: Kpi, value: number, rates: PlanRates, workingDays: number, insurance: boolean): SummaryReversePlan {
  const perDay = (dials: number) => up(dials / Math.max(1, workingDays));
  if (kpi === 'revenue' || kpi === 'issued' || kpi === 'deals') {
    const revenue = kpi === 'deals' ? value * rates.averagePremium : value;
    const plan = reversePlan({
      goal: { kind: 'revenue', revenue },
      rates,
      remainingWorkingDays: workingDays,
      // Only a target in issued premium (承保) needs the issue rate; revenue is already what is submitted.
      insurance: insurance && kpi === 'issued',
    });
    return {
      workingDays,
      revenue: Math.min(1e12, plan.submittedRevenue),
      deals: up(plan.deals),
      quotes: up(plan.quotes),
      connects: up(plan.connects),
      dials: up(plan.dials),
      dialsPerDay: perDay(plan.dials),
    };
  }
  const dialsFromConnects = (connects: number) => up(up(connects / rates.connectRate) * rates.callsPerCustomer);
  if (kpi === 'quotes') {
    const connects = up(value / rates.quoteRate);
    const dials = dialsFromConnects(connects);
    return { workingDays, quotes: up(value), connects, dials, dialsPerDay: perDay(dials) };
  }
  // Every effective conversation is a connect, so an effective target needs at least as many connects.
  if (kpi === 'connects' || kpi === 'effective') {
    const dials = dialsFromConnects(value);
    return { workingDays, connects: up(value), dials, dialsPerDay: perDay(dials) };
  }
  return { workingDays, dials: up(value), dialsPerDay: perDay(value) };
}

/** Reads a number the rep typed: spaces and thousands separators allowed. */
export function parseOwnNumber(text: string): number | undefined {
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

export type AnswerProblem = { code: 'no-number'; target: PlaybookTarget } | { code: TargetProblem; target: PlaybookTarget };

/**
 * The answers to write, from the rep's choices: only targets the rep answered;
 * the first bad number is refused by name and nothing is answered.
 */
export function buildTargetAnswers(
  proposed: readonly PlaybookTarget[],
  choices: ReadonlyMap<string, TargetChoice>,
  basis: PlanBasis,
  stretchFactor: number,
  playbookVersion: number,
  now: number,
): Result<SummaryTargetAnswers | null, 'bad-answer'> & { problem?: AnswerProblem } {
  const answers: SummaryTargetAnswer[] = [];
  for (const target of proposed) {
    const choice = choices.get(targetKeyOf(target));
    if (!choice) continue;
    const base = { period: target.period, periodKey: target.periodKey, kpi: target.kpi, proposed: target.floor };
    if (choice.answer === 'accepted') {
      answers.push({ ...base, answer: 'accepted', agreed: target.floor });
      continue;
    }
    const own = parseOwnNumber(choice.own);
    if (own === undefined) return { ...fail('bad-answer'), problem: { code: 'no-number', target } };
    const checked = checkTargetInput({ periodKey: target.periodKey, kpi: target.kpi, floor: own, stretchFactor, reason: 'answer' });
    if (!checked.ok) return { ...fail('bad-answer'), problem: { code: checked.error.code, target } };
    const agreed = checked.value.floor;
    const plan = planForTarget(target.kpi, agreed, basis.rates, basis.workingDays[target.periodKey] ?? 0, basis.insurance);
    answers.push({ ...base, answer: 'own', agreed, reversePlan: plan });
  }
  return ok(answers.length ? { playbookVersion, answeredAt: now, targets: answers } : null);
}
