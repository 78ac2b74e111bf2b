import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CALL_BACK_OUTCOME_ID } from '../../lib/calls/call-flow';
import type { CallDraft, DraftPatch } from '../../lib/calls/draft';
import { MAX_NOTES_LENGTH } from '../../lib/calls/notes';
import { outcomeLabel } from '../../lib/calls/outcomes';
import type { OutcomeRecord } from '../../lib/db/records';
import type { RequiredItem } from '../../lib/scripts/call-checklist';
import type { CallField } from '../../lib/ui/use-call-actions';
import { useI18n } from '../shared/i18n';
import { memo } from '../shared/memo';
import { CustomerLine } from './CustomerLine';
import { DiscardButton } from './DiscardButton';
import { Elapsed } from './Elapsed';
import { FollowUpField } from './FollowUpField';
import './calls.css';

export interface CallFormProps {
  draft: CallDraft;
  outcomes: readonly OutcomeRecord[];
  /** Who the call will be with, from the page, before the call starts. */
  preview: { customerName?: string; phone?: string };
  now: () => number;
  /** The outcome the rep just picked (count bumps on every pick), so focus moves on to the next step. */
  picked: { outcomeId?: string; count: number };
  /** The script's required checklist items for this call; a connected call saves only with all ticked. */
  requiredChecklist: readonly RequiredItem[];
  /** The flow's last word (saved, what is missing, a storage error), kept in view beside Save call. */
  status?: { text: string; error: boolean };
  /** A field the rep asked for from the command palette (count bumps on every request). */
  focusRequest?: { field: CallField; count: number };
  onToggleRequired(itemId: string, done: boolean): void;
  onStart(): void;
  onPatch(patch: DraftPatch): void;
  onPickOutcome(outcomeId: string): void;
  onSave(): void;
  onDiscard(): void;
}

function StatusLine({ status }: { status?: CallFormProps['status'] }) {
  return (
    <p role="status" class={`status-line${status?.error ? ' error' : ''}`}>
      {status?.text}
    </p>
  );
}

/** The call being made: Start call, one key per outcome, amount, notes, follow-up, Save call. */
// Memo: the panel renders on every step of a call; the form only when what it shows changed.
export const CallForm = memo(function CallForm(props: CallFormProps) {
  const { draft, outcomes, preview } = props;
  const { t, language } = useI18n();
  const started = draft.startedAt !== undefined;
  const startRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const presetsRef = useRef<HTMLDivElement>(null);

  // Free text is kept locally while typed and written through, so a slow write never eats a keystroke.
  const [notes, setNotes] = useState(draft.notes);
  const [amount, setAmount] = useState(draft.amount === undefined ? '' : String(draft.amount));
  // The typed fields follow the draft only when another call starts (not on every write-through), and
  // in a layout effect: run after paint, it wiped what the rep typed in the first moments of the call.
  const fieldsOfCall = useRef(draft.startedAt);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when a new call starts
  useLayoutEffect(() => {
    if (fieldsOfCall.current === draft.startedAt) return;
    fieldsOfCall.current = draft.startedAt;
    setNotes(draft.notes);
    setAmount(draft.amount === undefined ? '' : String(draft.amount));
  }, [draft.startedAt]);

  const outcomesRef = useRef<HTMLFieldSetElement>(null);
  // Focus follows the call: Start call, then the outcomes (hotkeys), then amount or Save call.
  // Layout effects: focus moves in the frame that shows the step. After paint (later still on a busy
  // machine) it could jump away from the field the rep had already clicked into, and take their typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the call starts or ends, not on each pick
  useLayoutEffect(() => {
    if (!started) startRef.current?.focus();
    else if (!props.picked.count) outcomesRef.current?.focus();
  }, [started]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each palette request (count) focuses once
  useEffect(() => {
    const field = props.focusRequest?.field;
    if (field === 'notes') notesRef.current?.focus();
    else if (field === 'amount') amountRef.current?.focus();
    else if (field === 'followUp') presetsRef.current?.querySelector('button')?.focus();
  }, [props.focusRequest?.count, started]);
  const checklistRef = useRef<HTMLFieldSetElement>(null);
  const pickedOutcome = outcomes.find((outcome) => outcome.id === props.picked.outcomeId);
  const undone = props.requiredChecklist.filter((item) => !item.done);
  // After an outcome (or a tick): the next required item of a connected call, then amount, the call-back time, or Save call.
  const focusNextStep = () => {
    const firstUndone = undone[0];
    if (pickedOutcome?.flags.connected && !pickedOutcome.addsToDnc && firstUndone) {
      checklistRef.current?.querySelector<HTMLInputElement>(`input[data-item="${CSS.escape(firstUndone.id)}"]`)?.focus();
    } else if (pickedOutcome?.needsAmount) amountRef.current?.focus();
    else if (pickedOutcome?.id === CALL_BACK_OUTCOME_ID && draft.followUpAt === undefined)
      presetsRef.current?.querySelector('button')?.focus();
    else saveRef.current?.focus();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: each pick (count) moves focus once
  useLayoutEffect(() => {
    if (props.picked.count > 0) focusNextStep();
  }, [props.picked.count]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a tick changes what is left
  useEffect(() => {
    // Only while the rep is ticking with the keyboard: never steal focus from notes or amount.
    if (checklistRef.current?.contains(document.activeElement) && props.picked.count > 0) focusNextStep();
  }, [undone.length]);

  if (!started) {
    return (
      <section class="card stack call-form" aria-label={t('call.region')}>
        <CustomerLine customerName={preview.customerName} phone={preview.phone} />
        <button ref={startRef} type="button" class="primary call-start" onClick={props.onStart}>
          {t('call.start')}
        </button>
        <p class="muted hint">{t('call.idleHint')}</p>
        <StatusLine status={props.status} />
      </section>
    );
  }

  return (
    <section class="card call-form" aria-label={t('call.region')}>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave();
        }}
        onKeyDown={(event) => {
          // Enter in any one-line field saves, whatever the browser's implicit-submission rules for that input type.
          if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
            event.preventDefault();
            props.onSave();
          }
        }}
      >
        <div class="row">
          <CustomerLine customerName={draft.customerName} phone={draft.phoneRaw} />
          <Elapsed startedAt={draft.startedAt ?? 0} now={props.now} />
        </div>
        <fieldset class="outcomes" ref={outcomesRef} tabIndex={-1}>
          <legend>{t('call.outcomes')}</legend>
          {outcomes.map((outcome) => (
            // Named by its content: the key is aria-hidden and announced as aria-keyshortcuts.
            <button
              key={outcome.id}
              type="button"
              aria-pressed={outcome.id === draft.outcomeId}
              aria-keyshortcuts={outcome.hotkey}
              onClick={() => props.onPickOutcome(outcome.id)}
            >
              {outcome.hotkey && (
                <span class="key" aria-hidden="true">
                  {outcome.hotkey}
                </span>
              )}
              <span>{outcomeLabel(outcome, language, outcome.id)}</span>
            </button>
          ))}
        </fieldset>
        <p class="muted hint">{t('call.keysHint')}</p>
        {props.requiredChecklist.length > 0 && (
          <fieldset class="required-checklist" ref={checklistRef}>
            <legend>{t('call.requiredChecklist')}</legend>
            {props.requiredChecklist.map((item) => (
              <label key={item.id} class="check">
                <input
                  type="checkbox"
                  data-item={item.id}
                  checked={item.done}
                  onChange={(event) => props.onToggleRequired(item.id, event.currentTarget.checked)}
                />{' '}
                {item.label}
              </label>
            ))}
          </fieldset>
        )}
        <label class="field">
          <span>{t('call.amount')}</span>
          <input
            ref={amountRef}
            type="number"
            min={0}
            step="0.01"
            inputMode="decimal"
            value={amount}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setAmount(text);
              // A half-typed number ("1e") is not stored as NaN: the draft keeps no amount until it parses.
              const value = Number(text);
              props.onPatch({ amount: text === '' || Number.isNaN(value) ? undefined : value });
            }}
          />
        </label>
        <label class="field">
          <span>{t('call.notes')}</span>
          <textarea
            ref={notesRef}
            rows={3}
            value={notes}
            maxLength={MAX_NOTES_LENGTH}
            onInput={(event) => {
              setNotes(event.currentTarget.value);
              props.onPatch({ notes: event.currentTarget.value });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                props.onSave();
              }
            }}
          />
        </label>
        <FollowUpField
          followUpAt={draft.followUpAt}
          outcomeId={draft.outcomeId}
          now={props.now}
          presetsRef={presetsRef}
          onChange={(followUpAt) => {
            props.onPatch({ followUpAt });
            // A time picked for a call back: the call is ready to save.
            if (followUpAt !== undefined && draft.outcomeId === CALL_BACK_OUTCOME_ID) saveRef.current?.focus();
          }}
        />
        {/* Sticky: Save call and its message stay in view in a short panel. */}
        <div class="call-footer">
          <div class="row">
            <button ref={saveRef} type="submit" class="primary">
              {t('call.save')}
            </button>
            <DiscardButton onDiscard={props.onDiscard} />
          </div>
          <StatusLine status={props.status} />
        </div>
      </form>
    </section>
  );
});
