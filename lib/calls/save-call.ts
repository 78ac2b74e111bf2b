import type { CallsideDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { CallRecord } from '../db/records';
import { explainStorageFailure } from '../db/storage-errors';
import type { Result } from '../result';
import type { CallDraft } from './draft';
import { forgetKeptDraft, keptDraft } from './draft-keeper';
import { scheduleFollowUpAlarm } from './follow-up-alarms';
import { type SaveCallCode, type SaveCallOptions, saveInOneTransaction } from './save-transaction';

export { callFromDraft, type SaveCallCode, type SaveCallOptions, type SaveCallProblem, type SaveCallResult } from './save-transaction';

/**
 * Saves the draft as a call: the call, its day's rollup, the emptied draft and,
 * for a "do not call" outcome, the number's do-not-call entry, in one
 * transaction checked against the draft as stored (another feature may have
 * patched it a moment ago). If any write fails, none happened and the rep can
 * press Save again. Then the follow-up alarm is set.
 */
export async function saveDraftAsCall<Extra extends string = never>(
  draftId: string,
  options: SaveCallOptions<Extra>,
  db: CallsideDatabase = getDatabase(),
  /** Where the transaction runs: the page by default, the panel's save worker when it has one. */
  transaction: (draftId: string, kept: CallDraft | undefined) => Promise<Result<CallRecord, SaveCallCode | Extra>> = (id, kept) =>
    saveInOneTransaction(id, kept, options, db),
): Promise<Result<CallRecord, SaveCallCode | Extra>> {
  const kept = await keptDraft(draftId);
  const result = await transaction(draftId, kept).catch(async (error: unknown) => {
    throw await explainStorageFailure(error);
  });
  if (!result.ok) return result;
  if (kept) await forgetKeptDraft(draftId);
  if (result.value.followUpAt !== undefined && result.value.followUpAt > options.now)
    await scheduleFollowUpAlarm(result.value.id, result.value.followUpAt);
  return result;
}
