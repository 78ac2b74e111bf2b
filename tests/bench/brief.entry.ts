// Bundled into the bench blank page by brief.bench.ts: the lead's meeting
// brief for 50 reps, built by lib/briefs from validated rep-year summaries
// (merged by rep and day as the import merges them, then briefed).
import '../../lib/zod-setup';
import type { BriefKind } from '../../lib/briefs/build-brief';
import { briefFromSummaries } from '../../lib/briefs/team-brief';
import { readSummaryText } from '../../lib/team/summary-read';
import type { Summary } from '../../lib/team/summary-schema';
import { makeRepYearSummaries } from './team-import.make';

let summaries: Summary[] = [];

const api = {
  /** `reps` rep-year summaries, each read and validated as the import reads it (not timed). */
  async make(reps: number) {
    summaries = [];
    for (const text of await makeRepYearSummaries(reps, 2026, { monthTargets: true })) {
      const read = await readSummaryText(text);
      if (!read.ok) throw new Error(`bench summary refused: ${read.error.code}`);
      summaries.push(read.value);
    }
    return summaries.length;
  },
  /** Builds the brief of `kind` for `day` `times` times; returns each time (ms) and what the last one holds. */
  build(kind: BriefKind, day: string, times: number) {
    const ms: number[] = [];
    let platforms = 0;
    let dials = 0;
    for (let index = 0; index < times; index++) {
      const started = performance.now();
      const brief = briefFromSummaries({ kind, day, summaries, now: Date.UTC(2026, 11, 31, 12) });
      ms.push(performance.now() - started);
      platforms = brief.platforms.length;
      dials = brief.dayTotals.dials;
    }
    return { ms, platforms, dials };
  },
};

(globalThis as unknown as { briefBench: typeof api }).briefBench = api;
