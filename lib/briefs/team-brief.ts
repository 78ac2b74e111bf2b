// A team brief straight from summaries, with no database: the summaries are
// merged by rep and day exactly as the lead's import merges them (lib/team
// mergeSummary), then briefed. Pure, for tests and the meeting-brief benchmark.
import type { CalendarEntries } from '../calendar/working-days';
import { mergeSummary } from '../team/merge';
import type { Summary } from '../team/summary-schema';
import type { TeamRepRecord } from '../team/team-records';
import { type Brief, type BriefKind, buildBrief } from './build-brief';

export interface TeamBriefInput {
  kind: BriefKind;
  day: string;
  /** Validated summaries (lib/team readSummaryText), any reps, any periods, in any order. */
  summaries: readonly Summary[];
  /** Holidays and make-up working days; an empty map counts Monday to Friday. */
  calendar?: CalendarEntries;
  /** For the "as of" staleness only. */
  now: number;
}

export function briefFromSummaries({ kind, day, summaries, calendar = new Map(), now }: TeamBriefInput): Brief {
  const reps = new Map<string, TeamRepRecord>();
  const summariesByRep = new Map<string, Summary[]>();
  for (const summary of summaries) {
    reps.set(summary.rep.id, mergeSummary(reps.get(summary.rep.id), summary).record);
    const list = summariesByRep.get(summary.rep.id) ?? [];
    list.push(summary);
    summariesByRep.set(summary.rep.id, list);
  }
  return buildBrief({ kind, day, reps: [...reps.values()], summariesByRep, calendar, now });
}
