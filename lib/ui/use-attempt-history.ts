import { type AttemptSummary, attemptSummary } from '../calls/attempts';
import type { CallsideDatabase } from '../db/database';
import type { OutcomeRecord } from '../db/records';
import { useLiveQuery } from './use-live-query';

export interface AttemptHistory {
  summary: AttemptSummary;
  /** The last call's outcome, for its label (undefined when it was deleted since). */
  lastOutcome?: OutcomeRecord;
}

/** Earlier calls to the number or record on screen, live ("attempt 3, last: no answer, 2 days ago"). */
export function useAttemptHistory(
  db: CallsideDatabase,
  record: { phoneE164?: string; recordUrl?: string } | undefined,
): AttemptHistory | undefined {
  const state = useLiveQuery(async () => {
    if (!record?.recordUrl) return undefined;
    const summary = await attemptSummary({ phoneE164: record.phoneE164, recordUrl: record.recordUrl }, db);
    const lastOutcome = summary.last ? await db.outcomes.get(summary.last.outcomeId) : undefined;
    return { summary, lastOutcome };
  }, [db, record?.phoneE164, record?.recordUrl]);
  return state.status === 'ready' ? state.value : undefined;
}
