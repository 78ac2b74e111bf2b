import { endOfDay, startOfDay } from '../calendar/day-key';
import type { PeriodRange } from '../calendar/periods';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CallRecord, ObjectionRecord } from '../db/records';
import { loadProfile } from '../settings/settings';
import { hashOfDocument } from './content-hash';
import { aggregateCalls, totalsOfDays } from './summary-aggregate';
import { SUMMARY_FORMAT, SUMMARY_VERSION, type Summary, type SummaryRebuttal, type UnsignedSummary } from './summary-schema';
import { loadTargetAnswers } from './summary-target-answers';
import { readSummaryTargets } from './summary-targets';
import { loadTeamSettings } from './team-settings';

/** Library text of each rebuttal id, with its objection's title. */
function rebuttalLibrary(objections: readonly ObjectionRecord[]): Map<string, { objection: string; text: string }> {
  const library = new Map<string, { objection: string; text: string }>();
  for (const objection of objections) {
    for (const rebuttal of objection.rebuttals) library.set(rebuttal.id, { objection: objection.title, text: rebuttal.text });
  }
  return library;
}

export interface SummaryInput {
  period: PeriodRange;
  now: number;
  appVersion: string;
}

/** The calls of the period, read through the `day` index (export is rare; no rollup is needed). */
export function callsOfPeriod(period: Pick<PeriodRange, 'first' | 'last'>, db: CallsideDatabase = getDatabase()): Promise<CallRecord[]> {
  return db.calls.where('day').between(period.first, period.last, true, true).toArray();
}

/** Calls whose follow-up falls due inside the period, whichever day they were made (the `followUpAt` index). */
export function followUpsDueIn(period: Pick<PeriodRange, 'first' | 'last'>, db: CallsideDatabase = getDatabase()): Promise<CallRecord[]> {
  return db.calls.where('followUpAt').between(startOfDay(period.first), endOfDay(period.last), true, false).toArray();
}

/** Builds the rep's summary for a period: aggregates only, hashed. */
export async function buildSummary(
  { period, now, appVersion }: SummaryInput,
  browserLanguage: string,
  db: CallsideDatabase = getDatabase(),
): Promise<{ summary: Summary; calls: CallRecord[] }> {
  const [calls, due, objections, profileLoad, settings, targets, answers] = await Promise.all([
    callsOfPeriod(period, db),
    followUpsDueIn(period, db),
    db.objections.toArray(),
    loadProfile(browserLanguage, db),
    loadTeamSettings(db),
    readSummaryTargets(period, db),
    loadTargetAnswers(db),
  ]);
  const profile = profileLoad.profile;
  const aggregates = aggregateCalls(calls, due);
  const library = rebuttalLibrary(objections);
  const rebuttals: SummaryRebuttal[] = [...aggregates.rebuttalUse.entries()]
    .map(([rebuttalId, use]) => ({
      rebuttalId,
      // A rebuttal deleted from the library since keeps its counts, without text.
      objection: library.get(rebuttalId)?.objection ?? '',
      text: library.get(rebuttalId)?.text ?? '',
      ...use,
    }))
    .sort((a, b) => b.used - a.used || (a.rebuttalId < b.rebuttalId ? -1 : 1));
  const unsigned: UnsignedSummary = {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    exportedAt: now,
    appVersion,
    playbook: settings.playbook,
    rep: { id: profile.repId, name: profile.repName, team: profile.team, startDate: settings.repStartDate },
    period: { kind: period.kind, key: period.key, first: period.first, last: period.last },
    effectiveSeconds: profile.effectiveSeconds,
    days: aggregates.days,
    totals: totalsOfDays(aggregates.days),
    customers: aggregates.customers,
    targets,
    rebuttals,
    overrides: [...aggregates.overrides.entries()].map(([rule, count]) => ({ rule, count })).sort((a, b) => (a.rule < b.rule ? -1 : 1)),
    ...(answers ? { targetAnswers: answers } : {}),
  };
  const summary: Summary = { ...unsigned, contentHash: await hashOfDocument(unsigned) };
  return { summary, calls };
}
