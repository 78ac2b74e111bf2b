import { Dexie } from 'dexie';
import type { GuardViolation } from '../compliance/guard';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { Translate } from '../i18n';
import { ok, type Result } from '../result';
import type { RequiredItem } from '../scripts/call-checklist';
import type { StoredScript } from '../scripts/script-repository';
import type { Profile } from '../settings/settings';
import { formatClock, formatClockTime } from '../ui/time-format';
import { type FlowProblem, problemBeforeSave } from './call-flow';
import { type CallDraft, clearDraft, type DraftPatch, patchDraft } from './draft';
import type { SaveCallCode } from './save-call';
import type { FlowSaveOptions, SaveWorker } from './save-worker-client';

// The guard, the save and the checklist load on first use (the panel preloads
// them when idle), so the panel's first paint stays small.
const loadGuard = () => Promise.all([import('../compliance/guard'), import('../compliance/describe-violation')]);
const loadSaveCall = () => import('./save-call');
const loadSaveTransaction = () => import('./save-transaction');
const loadChecklist = () => import('../scripts/call-checklist');
const loadScripts = () => import('../scripts/script-repository');

/** Fetches what Start call and Save call will need, so the first call is not slower. */
export function preloadCallFlow(): Promise<unknown> {
  return Promise.all([loadGuard(), loadSaveCall(), loadChecklist()]);
}

/** Every rule a dial now would break (empty when the call may start). */
export async function checkDial(
  phoneE164: string | undefined,
  at: number,
  db: CallsideDatabase = getDatabase(),
): Promise<GuardViolation[]> {
  const [{ checkBeforeDial }] = await loadGuard();
  return checkBeforeDial({ phoneE164, at }, db);
}

export interface GuardMessage {
  severity: GuardViolation['severity'];
  text: string;
}

/** The guard's sentences, every time in them in one format (calling windows included). */
export async function describeGuard(
  violations: readonly GuardViolation[],
  t: Translate,
  language: string,
  now: number,
): Promise<GuardMessage[]> {
  const [, { describeViolation }] = await loadGuard();
  return violations.map((violation) => {
    const detail = Object.fromEntries(
      Object.entries(violation.detail).map(([key, value]) => [
        key,
        typeof value === 'string' && /^\d{1,2}:\d{2}$/.test(value) ? formatClock(value, language) : value,
      ]),
    );
    return {
      severity: violation.severity,
      text: describeViolation({ ...violation, detail }, t, (at) => formatClockTime(at, language), now),
    };
  });
}

/**
 * Every stored script, for the call flow to hold (the script a call starts on,
 * its required items). The module loads on first use; Dexie.waitFor keeps a
 * live query's watch across that import, so a script saved later re-reads the list.
 */
export async function readScripts(db: CallsideDatabase = getDatabase()): Promise<readonly StoredScript[]> {
  const { listScripts } = await Dexie.waitFor(loadScripts());
  return listScripts(db);
}

/**
 * Starts the call on the draft and puts the rep's script on it (the Script
 * section may never be opened): its required checklist gates the save from
 * any section. One write, so the panel shows the started call once.
 */
export async function startCallOnDraft(
  draftId: string,
  patch: (current: CallDraft) => DraftPatch,
  profile: Pick<Profile, 'language' | 'industry'>,
  browserLanguage: string,
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
  scriptsRead: Promise<readonly StoredScript[]> | readonly StoredScript[] = readScripts(db),
): Promise<CallDraft> {
  const [{ scriptAttachPatch }, scripts] = await Promise.all([loadChecklist(), scriptsRead]);
  return patchDraft(
    draftId,
    (current) => {
      const started = patch(current);
      return { ...started, ...scriptAttachPatch({ ...current, ...started }, scripts, profile, browserLanguage) };
    },
    db,
    now,
  );
}

/** Saved (and whether it was a deal), or why not: the save's codes and the flow's own. */
export type SaveOutcome = Result<{ deal: boolean }, SaveCallCode | FlowProblem['code']>;

/**
 * Saves the draft as a call, or says what is still missing (nothing is written
 * then). The save's own rules come first (no outcome, checklist), then the
 * flow's, all on the draft as stored, read once inside the save's transaction.
 */
export async function saveCallFromDraft(
  draftId: string,
  options: FlowSaveOptions,
  db: CallsideDatabase = getDatabase(),
  inWorker?: SaveWorker,
): Promise<SaveOutcome> {
  const [{ saveDraftAsCall }, { saveInOneTransaction }] = await Promise.all([loadSaveCall(), loadSaveTransaction()]);
  const inPage = (kept: CallDraft | undefined) =>
    saveInOneTransaction(draftId, kept, { ...options, alsoRequire: (draft) => problemBeforeSave(draft, options.outcomes) }, db);
  const result = await saveDraftAsCall<FlowProblem['code']>(draftId, options, db, async (_id, kept) => {
    const sent = inWorker?.(draftId, kept, options, db);
    if (!sent) return inPage(kept);
    // A worker that stopped mid-save either committed (the draft is gone, so the page's try finds nothing to save twice) or did not.
    return sent.catch((error: unknown) =>
      error instanceof Error && error.name === 'WorkerStopped' ? inPage(kept) : Promise.reject(error),
    );
  });
  return result.ok ? ok({ deal: result.value.flags.deal === 1 }) : result;
}

/** Ticks or unticks one required item of the call's script. */
export async function tickRequiredItem(draftId: string, itemId: string, done: boolean, db: CallsideDatabase, now: number): Promise<void> {
  const { setChecklistItem } = await loadChecklist();
  await setChecklistItem(draftId, itemId, done, db, now);
}

/**
 * The required checklist items of the call's script, from the scripts the
 * panel holds (not whether they are ticked: that is on the draft). Pure, so
 * no draft write costs a script read: the list changes only when a script is saved.
 */
export function requiredItemsIn(scripts: readonly StoredScript[], scriptId: string | undefined): RequiredItemOfScript[] {
  const stored = scriptId === undefined ? undefined : scripts.find((script) => script.record.id === scriptId);
  if (!stored?.ok) return [];
  return stored.document.checklist.filter((item) => item.required).map((item) => ({ id: item.id, label: item.label }));
}
export type RequiredItemOfScript = Omit<RequiredItem, 'done'>;

export function discardCall(draftId: string, db: CallsideDatabase = getDatabase()): Promise<void> {
  return clearDraft(draftId, db);
}
