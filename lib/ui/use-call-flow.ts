import { dequal } from 'dequal';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { callPreview, mustWaitForRecord, numberToDial, overridesFor, pickedNumberPatch, startPatch } from '../calls/call-flow';
import {
  checkDial,
  describeGuard,
  discardCall,
  type GuardMessage,
  preloadCallFlow,
  readScripts,
  requiredItemsIn,
  saveCallFromDraft,
  startCallOnDraft,
  tickRequiredItem,
} from '../calls/call-flow-steps';
import { type CallDraft, type DraftPatch, emptyDraft, loadDraft, patchDraft } from '../calls/draft';
import { listOutcomes } from '../calls/outcomes';
import type { GuardViolation } from '../compliance/guard';
import type { OutcomeRecord } from '../db/records';
import { describeStorageError } from '../db/storage-errors';
import type { Translate } from '../i18n';
import type { RequiredItem } from '../scripts/call-checklist';
import type { StoredScript } from '../scripts/script-repository';
import type { Profile } from '../settings/settings';
import type { PanelServices } from './panel-services';
import { useLiveQuery, useLiveRead } from './use-live-query';
import { useOptimisticTicks } from './use-optimistic-ticks';
import type { PageState } from './use-page-context';
import { loadPhoneNormaliser, type NormalisePhone, usePhoneNormaliser } from './use-phone-normaliser';
import { useSameUnlessChanged } from './use-same-unless-changed';
import { useStableHandlers } from './use-stable-handlers';

/** A draft read back after its own write: only the write time differs, and nothing shown depends on it. */
const sameApartFromWriteTime = (a: CallDraft | undefined, b: CallDraft | undefined) =>
  a === b || (a !== undefined && b !== undefined && dequal({ ...a, updatedAt: 0 }, { ...b, updatedAt: 0 }));

/**
 * What the panel shows of a draft read: nothing of a call just saved (the next call's Start), and the
 * outcome the rep just picked while its write is on the way.
 */
function shownDraftOf(
  read: CallDraft | undefined,
  saved: CallDraft | undefined,
  pendingOutcome: string | undefined,
  started: StartWritten | undefined,
) {
  const latest = started && read === started.over ? started.draft : read;
  const stored = latest !== undefined && read === saved ? emptyDraft(latest.id, 0) : latest;
  return stored && pendingOutcome !== undefined ? { ...stored, outcomeId: pendingOutcome } : stored;
}

/**
 * A started call as its write returned it, shown until the read that follows (`over` is the read
 * it replaces): Dexie answers a query only with reads made after the writes it saw, so any later read holds it.
 */
interface StartWritten {
  draft: CallDraft;
  over: CallDraft | undefined;
}

/** A value that belongs to one phase of the panel: a call, or the time between two calls. */
interface OfPhase<T> {
  phase: number;
  value: T;
}
interface OutcomePick {
  outcomeId?: string;
  count: number;
}
const NO_PICK: OutcomePick = { count: 0 };

// Stable while loading: a fresh [] each render would re-register the palette actions forever.
const NO_OUTCOMES: OutcomeRecord[] = [];
const NO_SCRIPTS: readonly StoredScript[] = [];

export type CallStatus =
  | { kind: 'wait' }
  | { kind: 'saved'; deal: boolean }
  | { kind: 'problem'; text: string }
  | { kind: 'error'; text: string };

interface PendingGuard {
  violations: GuardViolation[];
  checkedAt: number;
  normalise: NormalisePhone;
  messages: GuardMessage[];
}

export interface CallFlow {
  outcomes: readonly OutcomeRecord[];
  draft: CallDraft | undefined;
  started: boolean;
  /** Who the call is (or will be) with. */
  preview: { customerName?: string; phone?: string };
  /** The outcome the rep just picked; count bumps on every pick, so focus moves on. */
  picked: { outcomeId?: string; count: number };
  guard: { messages: GuardMessage[] } | undefined;
  /** The script's required items, as the rep last ticked them (a tick in flight never flips back). */
  requiredChecklist: readonly RequiredItem[];
  status: CallStatus | undefined;
  start(): void;
  cancelGuard(): void;
  callAnyway(reason: string): void;
  pickOutcome(outcomeId: string): void;
  patch(update: DraftPatch): void;
  toggleRequired(itemId: string, done: boolean): void;
  save(): Promise<void>;
  discard(): void;
  /** The rep picked one of the record's numbers to dial. */
  dial(phoneRaw: string): void;
}

export interface CallFlowInput {
  services: PanelServices;
  profile: Profile;
  page: PageState;
  draftId: string;
  t: Translate;
  language: string;
}

/** The running call, for the whole panel: it follows the rep across sections. */
export function useCallFlow({ services, profile, page, draftId, t, language }: CallFlowInput): CallFlow {
  const { db } = services;
  // The status and the pick belong to the phase they were made in (a call, or the time between calls),
  // counted here: a call that starts or ends moves the count on without a render of its own, and the
  // render that shows the new draft drops them (a reset by state would render the whole panel once more).
  const phase = useRef(0);
  const [statusOf, setStatusOf] = useState<OfPhase<CallStatus>>();
  /** A status for the current phase; undefined clears it. */
  const setStatus = (value: CallStatus | undefined) => setStatusOf(value === undefined ? undefined : { phase: phase.current, value });
  const [guard, setGuard] = useState<PendingGuard>();
  const [pickedOf, setPickedOf] = useState<OfPhase<OutcomePick>>({ phase: 0, value: NO_PICK });
  // Save call waits for the script to be attached, so a fast rep cannot slip past its checklist.
  const attaching = useRef<Promise<unknown>>(Promise.resolve());
  // A start asked for while the record was changing runs once the new record is there.
  const startWhenReady = useRef(false);

  useEffect(() => {
    const timer = setTimeout(() => {
      preloadCallFlow().catch(() => undefined);
      services.saveWorker?.();
    }, 300);
    return () => clearTimeout(timer);
  }, [services]);
  const report = (error: unknown) => setStatus({ kind: 'error', text: describeStorageError(error, t) });

  const outcomesState = useLiveQuery(() => listOutcomes(db), [db]);
  const outcomes = outcomesState.status === 'ready' ? outcomesState.value : NO_OUTCOMES;
  // The scripts are held, not read per draft write: a call's required items come from them in memory,
  // so a call that starts renders the panel once (the draft and its checklist together), and
  // starting a call reads no scripts once they are here.
  const scriptsState = useLiveQuery(() => readScripts(db), [db]);
  const scripts = scriptsState.status === 'ready' ? scriptsState.value : undefined;
  // A saved call's draft is deleted in the save's own transaction: from the moment the save answers,
  // the panel shows the next call's Start, not after the draft is read back (behind the other queries
  // the save set off). The read that follows is an empty draft, equal to this one but for the write time.
  const savedDraft = useRef<CallDraft | undefined>(undefined);
  // The outcome the rep just picked shows before the draft is read back (that read queues behind
  // the other panel's work), until the stored draft agrees or its write fails: it never flips back meanwhile.
  const pendingOutcome = useRef<string | undefined>(undefined);
  // A call that starts shows as soon as its write answers, not a read later (that read queues behind the other panel's work).
  const startWritten = useRef<StartWritten | undefined>(undefined);
  const [, drawStartWritten] = useState(0);
  const shownDraft = useRef<CallDraft | undefined>(undefined);
  // Every write of this panel's is read back; the panel renders for the answer only when what it shows changes.
  const draftRead = useLiveRead(
    () => loadDraft(draftId, db),
    [db, draftId],
    (read) =>
      !sameApartFromWriteTime(shownDraftOf(read, savedDraft.current, pendingOutcome.current, startWritten.current), shownDraft.current),
  );
  const latestRead = () => (draftRead.current.status === 'ready' ? draftRead.current.value : undefined);
  const readDraft = draftRead.current.status === 'ready' ? draftRead.current.value : undefined;
  if (pendingOutcome.current !== undefined && readDraft?.outcomeId === pendingOutcome.current) pendingOutcome.current = undefined;
  const draft = useSameUnlessChanged(
    shownDraftOf(readDraft, savedDraft.current, pendingOutcome.current, startWritten.current),
    sameApartFromWriteTime,
  );
  shownDraft.current = draft;
  const requiredItems = useMemo(() => requiredItemsIn(scripts ?? NO_SCRIPTS, draft?.scriptId), [scripts, draft?.scriptId]);
  const checklistDone = draft?.checklistDone;
  const storedRequired = useMemo(
    () => requiredItems.map((item) => ({ ...item, done: checklistDone?.includes(item.id) ?? false })),
    [requiredItems, checklistDone],
  );
  const started = draft?.startedAt !== undefined;
  const status = statusOf?.phase === phase.current ? statusOf.value : undefined;
  const picked = pickedOf.phase === phase.current ? pickedOf.value : NO_PICK;
  const context = page.status === 'ready' ? page.context : undefined;
  const record = { context, changing: page.status === 'reading' };
  const normalisePhone = usePhoneNormaliser();

  // This panel's draft writes still in flight: Save waits for them, so an
  // outcome key, a tick or an amount typed just before Enter is in the call.
  const draftWrites = useRef(new Set<Promise<unknown>>());
  const patch = (update: DraftPatch | ((current: CallDraft) => DraftPatch), onError?: () => void) => {
    const write = patchDraft(draftId, update, db, services.now()).catch((error: unknown) => {
      onError?.();
      report(error);
    });
    draftWrites.current.add(write);
    void write.finally(() => draftWrites.current.delete(write));
    return write;
  };

  const ticks = useOptimisticTicks(
    useMemo(() => storedRequired.filter((item) => item.done).map((item) => item.id), [storedRequired]),
    (itemId, done) => tickRequiredItem(draftId, itemId, done, db, services.now()),
    report,
    draft?.startedAt,
  );
  const requiredChecklist = useSameUnlessChanged(
    storedRequired.map((item) => ({ ...item, done: ticks.isTicked(item.id) })),
    dequal,
  );

  const begin = (
    at: number,
    overrides: ReturnType<typeof overridesFor>,
    normalise: NormalisePhone,
    scriptsRead?: Promise<readonly StoredScript[]> | readonly StoredScript[],
  ) => {
    // A new phase: the last status and pick go with the old one; the new call's draft is the one render.
    phase.current += 1;
    const startPhase = phase.current;
    setGuard(undefined);
    pendingOutcome.current = undefined;
    startWritten.current = undefined;
    const started = startCallOnDraft(
      draftId,
      (current) => startPatch(current, { context, defaultRegion: profile.defaultRegion, normalise, at, overrides }),
      profile,
      services.browserLanguage,
      db,
      at,
      scriptsRead,
    );
    attaching.current = started.then((written) => {
      // Unless the call was saved or discarded meanwhile.
      if (phase.current !== startPhase) return;
      startWritten.current = { draft: written, over: latestRead() };
      drawStartWritten((count) => count + 1);
    }, report);
  };

  const start = async () => {
    if (started || guard) return;
    if (mustWaitForRecord(record)) {
      startWhenReady.current = true;
      setStatus({ kind: 'wait' });
      return;
    }
    startWhenReady.current = false;
    const at = services.now();
    // The scripts held, else read at once beside the guard's reads (a failure is reported by begin).
    const scriptsRead = scripts ?? readScripts(db);
    if (scriptsRead instanceof Promise) scriptsRead.catch(() => undefined);
    try {
      // The guard needs the normalised number: wait for the normaliser if it is still loading.
      const normalise = normalisePhone ?? (await loadPhoneNormaliser());
      const violations = await checkDial(numberToDial(draft, context, profile.defaultRegion, normalise), at, db);
      if (violations.length === 0) {
        begin(at, [], normalise, scriptsRead);
        return;
      }
      const messages = await describeGuard(violations, t, language, at);
      setStatus(undefined);
      setGuard({ violations, checkedAt: at, normalise, messages });
    } catch (error) {
      report(error);
    }
  };

  const recordReady = !mustWaitForRecord(record) && page.status === 'ready';
  // biome-ignore lint/correctness/useExhaustiveDependencies: fires when the record becomes ready, with the latest start
  useEffect(() => {
    if (recordReady && startWhenReady.current) void start();
    if (page.status === 'unavailable') startWhenReady.current = false;
  }, [recordReady, page.status, context?.url]);

  const save = async () => {
    try {
      await Promise.all([attaching.current, ticks.written(), ...draftWrites.current]);
      const result = await saveCallFromDraft(
        draftId,
        { outcomes, effectiveSeconds: profile.effectiveSeconds, now: services.now() },
        db,
        services.saveWorker?.(),
      );
      if (result.ok) {
        // The call is over: "saved" belongs to the time until the next call starts.
        phase.current += 1;
        savedDraft.current = latestRead();
        startWritten.current = undefined;
        pendingOutcome.current = undefined;
        setStatus({ kind: 'saved', deal: result.value.deal });
      } else setStatus({ kind: 'problem', text: t(`call.problem.${result.error.code}`, result.error.params) });
    } catch (error) {
      report(error);
    }
  };

  // Stable across renders, so the call form and the record card re-render only when what they show changes.
  const handlers = useStableHandlers({
    start: () => void start(),
    cancelGuard: () => setGuard(undefined),
    callAnyway: (reason: string) => {
      if (guard) begin(services.now(), overridesFor(guard.violations, reason, guard.checkedAt), guard.normalise);
    },
    pickOutcome(outcomeId: string) {
      // The write first, so its request is on its way while the pick is drawn.
      pendingOutcome.current = outcomeId;
      void patch({ outcomeId }, () => {
        if (pendingOutcome.current === outcomeId) pendingOutcome.current = undefined;
      });
      setStatus(undefined);
      // Focus moves on at once, not after the write: a fast rep types the amount right after the key.
      const current = phase.current;
      setPickedOf((last) => ({ phase: current, value: { outcomeId, count: (last.phase === current ? last.value.count : 0) + 1 } }));
    },
    patch: (update: DraftPatch) => void patch(update),
    toggleRequired: ticks.toggle,
    save,
    discard() {
      phase.current += 1;
      setStatus(undefined);
      void discardCall(draftId, db).catch(report);
    },
    dial(phoneRaw: string) {
      void loadPhoneNormaliser().then((normalise) => patch(pickedNumberPatch(context, profile.defaultRegion, normalise, phoneRaw)));
    },
  });

  const preview = useSameUnlessChanged(callPreview(draft, context, profile.defaultRegion, normalisePhone), dequal);
  return {
    outcomes,
    draft,
    started,
    preview,
    picked,
    guard: guard && { messages: guard.messages },
    requiredChecklist,
    status,
    ...handlers,
  };
}

/** The flow's status as the sentence shown beside Save call (and in the status strip). */
export function callStatusText(status: CallStatus | undefined, t: Translate): { text: string; error: boolean } | undefined {
  if (!status) return undefined;
  if (status.kind === 'saved') return { text: t(status.deal ? 'call.savedDeal' : 'call.saved'), error: false };
  if (status.kind === 'wait') return { text: t('page.loadingRecord'), error: false };
  return { text: status.text, error: true };
}
