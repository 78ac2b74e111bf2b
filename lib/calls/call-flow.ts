import type { GuardViolation } from '../compliance/guard';
import type { OutcomeRecord } from '../db/records';
import type { PageContext } from '../page-reader/page-context';
import type { Failure } from '../result';
import type { NormalisePhone } from '../ui/use-phone-normaliser';
import type { CallDraft, DraftPatch } from './draft';
import { draftIsForRecord, prefillFromPage } from './prefill';

type ComplianceOverride = CallDraft['overrides'][number];

/**
 * The call flow's rules, pure: which number a call dials, what starting a call
 * writes on the draft, whether a start must wait, what the guard's override
 * records, and what saving still needs. The hook in lib/ui/use-call-flow.ts
 * runs them against the database; tests run them at unit speed.
 */

/** The outcome whose customer asked to be called back: it asks for a follow-up time. */
export const CALL_BACK_OUTCOME_ID = 'call-back';

export interface RecordOnScreen {
  /** The record the reader shows, undefined while none is readable. */
  context: PageContext | undefined;
  /** True while the page is read or an SPA is between two records. */
  changing: boolean;
}

/** Between two records of an SPA the guard would check no number: the start waits for the new record. */
export function mustWaitForRecord(record: RecordOnScreen): boolean {
  return record.changing || record.context?.settling === true;
}

/** The number a call dials: one the rep picked on this very record, else the record's first valid number. */
export function numberToDial(
  draft: CallDraft | undefined,
  context: PageContext | undefined,
  defaultRegion: string,
  normalise: NormalisePhone | undefined,
): string | undefined {
  const picked = draft && draftIsForRecord(draft, context) ? draft.phoneE164 : undefined;
  return picked ?? prefillFromPage(context, defaultRegion, normalise).phoneE164;
}

/** What the draft of a picked number records (with the record it was picked on, see draftIsForRecord). */
export function pickedNumberPatch(
  context: PageContext | undefined,
  defaultRegion: string,
  normalise: NormalisePhone,
  phoneRaw: string,
): DraftPatch {
  const picked = prefillFromPage(context, defaultRegion, normalise, phoneRaw);
  return { phoneRaw: picked.phoneRaw, phoneE164: picked.phoneE164, recordUrl: context?.url };
}

/**
 * The patch that starts a call on the stored draft. Values set on another
 * record (the rep moved on before starting) are dropped and the page wins;
 * on the same record, the page fills only what the rep has not set.
 */
export function startPatch(
  current: CallDraft,
  start: {
    context: PageContext | undefined;
    defaultRegion: string;
    normalise: NormalisePhone;
    at: number;
    overrides: ComplianceOverride[];
  },
): DraftPatch {
  const fromPage = prefillFromPage(start.context, start.defaultRegion, start.normalise);
  if (!draftIsForRecord(current, start.context)) {
    return {
      ...fromPage,
      scriptPath: [],
      checklistDone: [],
      requiredPending: [],
      rebuttalsUsed: [],
      startedAt: start.at,
      overrides: start.overrides,
    };
  }
  const setByRep = Object.fromEntries(
    Object.entries({
      customerName: current.customerName,
      phoneRaw: current.phoneRaw,
      phoneE164: current.phoneE164,
      recordUrl: current.recordUrl,
      pageTitle: current.pageTitle,
    }).filter(([, value]) => value !== undefined),
  );
  return { ...fromPage, ...setByRep, startedAt: start.at, overrides: [...current.overrides, ...start.overrides] };
}

/** One override per rule the rep chose to call past, with their reason (or an acknowledgement of a warning). */
export function overridesFor(violations: readonly GuardViolation[], reason: string, checkedAt: number): ComplianceOverride[] {
  return violations.map((violation) => ({ rule: violation.rule, reason: reason.trim() || 'acknowledged', at: checkedAt }));
}

/** Who the call is with: the draft's values once started (or set on this record), else the page's. */
export function callPreview(
  draft: CallDraft | undefined,
  context: PageContext | undefined,
  defaultRegion: string,
  normalise: NormalisePhone | undefined,
): { customerName?: string; phone?: string } {
  const fromPage = prefillFromPage(context, defaultRegion, normalise);
  if (draft && (draft.startedAt !== undefined || draftIsForRecord(draft, context)))
    return { customerName: draft.customerName ?? fromPage.customerName, phone: draft.phoneRaw ?? fromPage.phoneRaw };
  return { customerName: fromPage.customerName, phone: fromPage.phoneRaw };
}

/** The flow's own check before the save rules of lib/calls/save-call.ts: a call back needs its time. */
export type FlowProblem = Failure<'no-follow-up'>;

export function problemBeforeSave(draft: CallDraft, outcomes: readonly OutcomeRecord[]): FlowProblem | undefined {
  const outcome = outcomes.find((candidate) => candidate.id === draft.outcomeId);
  if (outcome?.id === CALL_BACK_OUTCOME_ID && draft.followUpAt === undefined) return { code: 'no-follow-up' };
  return undefined;
}

/** The outcome bound to a key (outcome hotkeys are single characters, compared case-insensitively). */
export function outcomeForKey(outcomes: readonly OutcomeRecord[], key: string): OutcomeRecord | undefined {
  const wanted = key.toLowerCase();
  return outcomes.find((outcome) => outcome.hotkey && outcome.hotkey.toLowerCase() === wanted);
}
