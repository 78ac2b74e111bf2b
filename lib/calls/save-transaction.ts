import { dayKeyOf } from '../calendar';
import { hashPhoneSync } from '../compliance/dnc-import';
import { addDncEntries } from '../compliance/dnc-store';
import type { CallsideDatabase } from '../db/database';
import { type CallRecord, type DncEntry, MAX_AMOUNT, MAX_DURATION_SEC, type OutcomeRecord } from '../db/records';
import { type Failure, fail, ok, type Result } from '../result';
import { applyCustomerCounts } from '../targets/customer-counts';
import { type CallDraft, callDraftSchema } from './draft';
import { newerDraft } from './draft-keeper';
import { callFlags } from './outcomes';
import { shiftRollup } from './rollups';

/**
 * Why a draft cannot be saved yet. `unknown-outcome` carries params.outcomeId;
 * `required-pending` (a connected call with required checklist items not
 * ticked) carries params.items, their labels comma-separated;
 * `amount-too-large` is over MAX_AMOUNT: surely a typo, and it would break the revenue totals.
 */
export type SaveCallCode = 'not-started' | 'no-outcome' | 'unknown-outcome' | 'required-pending' | 'bad-amount' | 'amount-too-large';
export type SaveCallProblem = Failure<SaveCallCode>;
export type SaveCallResult = Result<CallRecord, SaveCallCode>;

export interface SaveCallOptions<Extra extends string = never> {
  outcomes: readonly OutcomeRecord[];
  effectiveSeconds: number;
  now: number;
  newId?: () => string;
  /** A rule of the caller's, checked on the draft as stored after the save's own rules, inside the save's transaction. */
  alsoRequire?(draft: CallDraft): Failure<Extra> | undefined;
}

/** Turns a finished draft into the call to store, or says why it cannot be saved yet. Pure. */
export function callFromDraft(draft: CallDraft, options: SaveCallOptions<string>): SaveCallResult {
  if (draft.startedAt === undefined) return fail('not-started');
  if (!draft.outcomeId) return fail('no-outcome');
  const outcome = options.outcomes.find((candidate) => candidate.id === draft.outcomeId);
  if (!outcome) return fail('unknown-outcome', { params: { outcomeId: draft.outcomeId } });
  // A do-not-call request is honoured at once: no checklist stands between the rep and saving it.
  if (outcome.flags.connected === 1 && outcome.addsToDnc === 0 && draft.requiredPending.length > 0)
    return fail('required-pending', { params: { items: draft.requiredPending.join(', ') } });
  const amount = Math.round((outcome.needsAmount ? (draft.amount ?? 0) : 0) * 100) / 100;
  if (Number.isNaN(amount) || amount < 0) return fail('bad-amount');
  // Checked after rounding, on the value that would be stored (and Infinity lands here too).
  if (amount > MAX_AMOUNT) return fail('amount-too-large');
  const endedAt = Math.max(options.now, draft.startedAt);
  // Talk time counts only when someone answered.
  // A draft left open overnight is capped like any stored call, so every backup of it restores.
  const durationSec = outcome.flags.connected ? Math.min(MAX_DURATION_SEC, Math.round((endedAt - draft.startedAt) / 1000)) : 0;
  const call: CallRecord = {
    id: options.newId?.() ?? crypto.randomUUID(),
    startedAt: draft.startedAt,
    endedAt,
    day: dayKeyOf(draft.startedAt),
    durationSec,
    outcomeId: outcome.id,
    flags: callFlags(outcome, durationSec, options.effectiveSeconds),
    amount,
    customerName: draft.customerName,
    phoneE164: draft.phoneE164,
    phoneRaw: draft.phoneRaw,
    recordUrl: draft.recordUrl,
    pageTitle: draft.pageTitle,
    notes: draft.notes,
    followUpAt: draft.followUpAt,
    followUpDone: draft.followUpAt === undefined ? undefined : 0,
    scriptId: draft.scriptId,
    scriptPath: draft.scriptPath,
    checklistDone: draft.checklistDone,
    rebuttalsUsed: draft.rebuttalsUsed,
    overrides: draft.overrides,
    updatedAt: options.now,
  };
  return ok(call);
}

/** The do-not-call entry a call's outcome asks for. The hash is synchronous, so it is no awaited non-Dexie work inside the transaction. */
function doNotCallEntry(call: CallRecord, options: SaveCallOptions<string>): DncEntry | undefined {
  const outcome = options.outcomes.find((candidate) => candidate.id === call.outcomeId);
  if (outcome?.addsToDnc !== 1 || !call.phoneE164) return undefined;
  return { hash: hashPhoneSync(call.phoneE164), addedAt: options.now, source: 'outcome' };
}

/**
 * The save's one transaction: reads the draft as stored (or the newer copy
 * kept aside while the disk was full), checks it, and writes the call, its
 * rollup, its customer counts, the emptied draft and any do-not-call entry.
 * Runs in the panel's save worker (lib/calls/save-worker.ts) or, where there
 * is none, in the page.
 */
export function saveInOneTransaction<Extra extends string>(
  draftId: string,
  kept: CallDraft | undefined,
  options: SaveCallOptions<Extra>,
  db: CallsideDatabase,
): Promise<Result<CallRecord, SaveCallCode | Extra>> {
  return db.transaction(
    'rw',
    [db.drafts, db.calls, db.rollups, db.dncBuckets, db.dncTotals, db.customerPeriods, db.customerCounts],
    async (): Promise<Result<CallRecord, SaveCallCode | Extra>> => {
      const row = await db.drafts.get(draftId);
      const parsed = callDraftSchema.safeParse(row?.value);
      // A draft kept aside while the disk was full is newer than the stored one.
      const draft = newerDraft(parsed.success ? parsed.data : undefined, kept);
      if (!draft) return fail('not-started');
      const built = callFromDraft(draft, options);
      if (!built.ok) return built;
      const callerProblem = options.alsoRequire?.(draft);
      if (callerProblem) return { ok: false, error: callerProblem };
      const dncEntry = doNotCallEntry(built.value, options);
      // Every read and write goes out at once; the rollup is put back as soon as it is read.
      await Promise.all([
        db.calls.add(built.value),
        db.rollups.get(built.value.day).then((stored) => shiftRollup(db, built.value, 1, stored ?? null)),
        // Targets (v3): the call's distinct-customer counts move in the same transaction.
        applyCustomerCounts(db, undefined, built.value),
        db.drafts.delete(draftId),
        dncEntry && addDncEntries([dncEntry], db),
      ]);
      return built;
    },
  );
}
