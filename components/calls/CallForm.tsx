import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallDraft, DraftPatch } from '../../lib/calls/draft';
import { MAX_NOTES_LENGTH } from '../../lib/calls/notes';
import { outcomeLabel } from '../../lib/calls/outcomes';
import type { OutcomeRecord } from '../../lib/db/records';
import type { RequiredItem } from '../../lib/scripts/call-checklist';
import { useI18n } from '../shared/i18n';
import { formatDuration, fromDateTimeInput, toDateTimeInput } from './format';
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
  onToggleRequired(itemId: string, done: boolean): void;
  onStart(): void;
  onPatch(patch: DraftPatch): void;
  onPickOutcome(outcomeId: string): void;
  onSave(): void;
  onDiscard(): void;
}

/** The call being made: Start call, one key per outcome, amount, notes, follow-up, Save call. */
export function CallForm(props: CallFormProps) {
  const { draft, outcomes, preview } = props;
  const { t, language } = useI18n();
  const started = draft.startedAt !== undefined;
  const startRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);

  // Free text is kept locally while typed and written through, so a slow write never eats a keystroke.
  const [notes, setNotes] = useState(draft.notes);
  const [amount, setAmount] = useState(draft.amount === undefined ? '' : String(draft.amount));
  useEffect(() => {
    setNotes(draft.notes);
    setAmount(draft.amount === undefined ? '' : String(draft.amount));
  }, [draft.startedAt]);

  const outcomesRef = useRef<HTMLFieldSetElement>(null);
  // Focus follows the call: Start call, then the outcomes (hotkeys), then amount or Save call.
  useEffect(() => {
    if (!started) startRef.current?.focus();
    else if (!props.picked.count) outcomesRef.current?.focus();
  }, [started]);
  const checklistRef = useRef<HTMLFieldSetElement>(null);
  const pickedOutcome = outcomes.find((outcome) => outcome.id === props.picked.outcomeId);
  const undone = props.requiredChecklist.filter((item) => !item.done);
  // After an outcome (or a tick): the next required item of a connected call, then amount or Save call.
  const focusNextStep = () => {
    const firstUndone = undone[0];
    if (pickedOutcome?.flags.connected && !pickedOutcome.addsToDnc && firstUndone) {
      checklistRef.current?.querySelector<HTMLInputElement>(`input[data-item="${CSS.escape(firstUndone.id)}"]`)?.focus();
    } else if (pickedOutcome?.needsAmount) amountRef.current?.focus();
    else saveRef.current?.focus();
  };
  useEffect(() => {
    if (props.picked.count > 0) focusNextStep();
  }, [props.picked.count]);
  useEffect(() => {
    // Only while the rep is ticking with the keyboard: never steal focus from notes or amount.
    if (checklistRef.current?.contains(document.activeElement) && props.picked.count > 0) focusNextStep();
  }, [undone.length]);

  if (!started) {
    const who = [preview.customerName, preview.phone].filter(Boolean).join(' · ');
    return (
      <section class="card stack call-form" aria-label={t('call.region')}>
        {who && <p class="call-who">{who}</p>}
        <button ref={startRef} type="button" class="primary call-start" onClick={props.onStart}>
          {t('call.start')}
        </button>
        <p class="muted hint">{t('call.idleHint')}</p>
      </section>
    );
  }

  const who = [draft.customerName, draft.phoneRaw].filter(Boolean).join(' · ');
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
          {who && <p class="call-who">{who}</p>}
          <Elapsed startedAt={draft.startedAt ?? 0} now={props.now} />
        </div>
        <fieldset class="outcomes" ref={outcomesRef} tabIndex={-1}>
          <legend>{t('call.outcomes')}</legend>
          {outcomes.map((outcome) => (
            <button
              key={outcome.id}
              type="button"
              aria-pressed={outcome.id === draft.outcomeId}
              aria-label={outcomeLabel(outcome, language, outcome.id)}
              aria-keyshortcuts={outcome.hotkey}
              onClick={() => props.onPickOutcome(outcome.id)}
            >
              {outcome.hotkey && <kbd>{outcome.hotkey}</kbd>}
              {outcomeLabel(outcome, language, outcome.id)}
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
        <label class="field">
          <span>{t('call.followUp')}</span>
          <input
            type="datetime-local"
            value={toDateTimeInput(draft.followUpAt)}
            onChange={(event) => props.onPatch({ followUpAt: fromDateTimeInput(event.currentTarget.value) })}
          />
        </label>
        <div class="row">
          <button ref={saveRef} type="submit" class="primary">
            {t('call.save')}
          </button>
          <DiscardButton onDiscard={props.onDiscard} />
        </div>
      </form>
    </section>
  );
}

/** How long "Confirm discard" waits for the second press before turning back into "Discard call". */
const CONFIRM_DISCARD_MS = 4000;

/**
 * Two presses to throw a call away: it sits right after Save call in the tab
 * order, so one stray Tab+Enter must not lose the call. The first press arms
 * it for a few seconds or until focus leaves it.
 */
function DiscardButton({ onDiscard }: { onDiscard(): void }) {
  const { t } = useI18n();
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), CONFIRM_DISCARD_MS);
    return () => clearTimeout(timer);
  }, [armed]);
  return (
    <button
      type="button"
      class={armed ? 'confirm-discard' : undefined}
      onBlur={() => setArmed(false)}
      onClick={() => {
        if (!armed) {
          setArmed(true);
          return;
        }
        setArmed(false);
        onDiscard();
      }}
    >
      {t(armed ? 'call.confirmDiscard' : 'call.discard')}
    </button>
  );
}

function Elapsed({ startedAt, now }: { startedAt: number; now: () => number }) {
  const { t } = useI18n();
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span class="elapsed" role="timer" aria-label={t('call.elapsed')}>
      {formatDuration((now() - startedAt) / 1000)}
    </span>
  );
}
