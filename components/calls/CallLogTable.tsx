import { useEffect, useRef, useState } from 'preact/hooks';
import { parseAmountText } from '../../lib/calls/amount';
import { MAX_NOTES_LENGTH } from '../../lib/calls/notes';
import type { CallRecord, OutcomeRecord } from '../../lib/db/records';
import { formatNumber } from '../../lib/i18n';
import { type PolicyState, policyStateOf } from '../../lib/targets/month-calls';
import { useI18n } from '../shared/i18n';
import { formatDuration } from './format';
import './calls.css';
import { PageText } from './PageText';
import { PolicyActions } from './PolicyActions';

export interface CallEditValues {
  outcomeId: string;
  amount: number;
  notes: string;
}

export interface CallLogTableProps {
  calls: readonly CallRecord[];
  outcomes: readonly OutcomeRecord[];
  formatTime(at: number): string;
  onSave(call: CallRecord, values: CallEditValues): void;
  onDelete(call: CallRecord): void;
  /** Insurance reps only: a Policy column where a deal is marked issued (承保), declined or back to awaiting. */
  onMarkPolicy?(call: CallRecord, next: PolicyState): void;
}

/** One page of calls; a row turns into a small form to edit it. Customer text is rendered as text. */
export function CallLogTable({ calls, outcomes, formatTime, onSave, onDelete, onMarkPolicy }: CallLogTableProps) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<string>();
  // After Save or Cancel, focus goes back to the row's Edit button instead of falling to <body>.
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const [refocus, setRefocus] = useState<{ id: string }>();
  useEffect(() => {
    if (!refocus) return;
    editButtons.current.get(refocus.id)?.focus();
  }, [refocus]);
  const stopEditing = (id: string) => {
    setEditing(undefined);
    setRefocus({ id });
  };
  if (calls.length === 0) return <p class="muted">{t('log.empty')}</p>;
  const label = (id: string) => {
    const outcome = outcomes.find((candidate) => candidate.id === id);
    return outcome ? outcome.label[language] || outcome.label.en : id;
  };
  return (
    <table aria-label={t('log.table')}>
      <thead>
        <tr>
          <th scope="col">{t('log.time')}</th>
          <th scope="col">{t('log.customer')}</th>
          <th scope="col">{t('log.phone')}</th>
          <th scope="col">{t('log.outcome')}</th>
          <th scope="col">{t('call.amount')}</th>
          <th scope="col">{t('log.duration')}</th>
          <th scope="col">{t('call.notes')}</th>
          {onMarkPolicy && <th scope="col">{t('targets.policy.column')}</th>}
          <th scope="col">{t('log.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {calls.map((call) =>
          editing === call.id ? (
            <EditRow
              key={call.id}
              call={call}
              outcomes={outcomes}
              when={formatTime(call.startedAt)}
              policyColumn={Boolean(onMarkPolicy)}
              onCancel={() => stopEditing(call.id)}
              onSave={(values) => {
                stopEditing(call.id);
                onSave(call, values);
              }}
            />
          ) : (
            <tr key={call.id}>
              <td>{formatTime(call.startedAt)}</td>
              <td>
                <PageText text={call.customerName} />
              </td>
              <td>
                <PageText text={call.phoneRaw ?? call.phoneE164} />
              </td>
              <td>{label(call.outcomeId)}</td>
              <td>{call.amount ? formatNumber(call.amount, language) : ''}</td>
              <td>{call.durationSec ? formatDuration(call.durationSec) : ''}</td>
              <td class="notes">{call.notes}</td>
              {onMarkPolicy && (
                <td>
                  <PolicyCell call={call} when={formatTime(call.startedAt)} onMark={(next) => onMarkPolicy(call, next)} />
                </td>
              )}
              <td>
                <div class="row">
                  <button
                    type="button"
                    ref={(button) => {
                      if (button) editButtons.current.set(call.id, button);
                      else editButtons.current.delete(call.id);
                    }}
                    aria-label={t('log.editOne', { time: formatTime(call.startedAt) })}
                    onClick={() => setEditing(call.id)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('log.deleteOne', { time: formatTime(call.startedAt) })}
                    onClick={() => onDelete(call)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function PolicyCell({ call, when, onMark }: { call: CallRecord; when: string; onMark(next: PolicyState): void }) {
  const { t } = useI18n();
  const state = policyStateOf(call);
  if (!state) return null;
  const name = call.customerName || call.phoneRaw || call.phoneE164;
  return <PolicyActions state={state} who={name ? t('targets.policy.who', { name, time: when }) : when} onMark={onMark} />;
}

function EditRow(props: {
  call: CallRecord;
  outcomes: readonly OutcomeRecord[];
  when: string;
  policyColumn: boolean;
  onSave(values: CallEditValues): void;
  onCancel(): void;
}) {
  const { t, language } = useI18n();
  // The amount stays the text typed until Save: converting per keystroke swallowed the "." of "99.95".
  const [values, setValues] = useState({
    outcomeId: props.call.outcomeId,
    amountText: props.call.amount ? String(props.call.amount) : '',
    notes: props.call.notes,
  });
  const [amountProblem, setAmountProblem] = useState<'bad-amount' | 'amount-too-large'>();
  const amountRef = useRef<HTMLInputElement>(null);
  const save = () => {
    const parsed = parseAmountText(values.amountText);
    if (!parsed.ok) {
      setAmountProblem(parsed.error.code);
      amountRef.current?.focus();
      return;
    }
    props.onSave({ outcomeId: values.outcomeId, amount: parsed.value, notes: values.notes });
  };
  const problemId = `amount-problem-${props.call.id}`;
  const saveOnEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      save();
    }
  };
  return (
    <tr aria-label={t('log.editing')} onKeyDown={saveOnEnter}>
      <td>{props.when}</td>
      <td>
        <PageText text={props.call.customerName} />
      </td>
      <td>
        <PageText text={props.call.phoneRaw ?? props.call.phoneE164} />
      </td>
      <td>
        <select
          aria-label={t('log.outcome')}
          value={values.outcomeId}
          onChange={(event) => setValues({ ...values, outcomeId: event.currentTarget.value })}
        >
          {props.outcomes.map((outcome) => (
            <option key={outcome.id} value={outcome.id}>
              {outcome.label[language] || outcome.label.en}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          ref={amountRef}
          type="text"
          inputMode="decimal"
          aria-label={t('call.amount')}
          aria-invalid={amountProblem ? true : undefined}
          aria-describedby={amountProblem ? problemId : undefined}
          value={values.amountText}
          onInput={(event) => {
            setValues({ ...values, amountText: event.currentTarget.value });
            setAmountProblem(undefined);
          }}
          style={{ width: '7em' }}
        />
        {amountProblem && (
          <p id={problemId} role="alert" class="error">
            {t(amountProblem === 'bad-amount' ? 'log.badAmount' : 'log.amountTooLarge')}
          </p>
        )}
      </td>
      <td>{props.call.durationSec ? formatDuration(props.call.durationSec) : ''}</td>
      <td>
        <textarea
          aria-label={t('call.notes')}
          value={values.notes}
          rows={2}
          maxLength={MAX_NOTES_LENGTH}
          onInput={(event) => setValues({ ...values, notes: event.currentTarget.value })}
        />
      </td>
      {props.policyColumn && <td />}
      <td>
        <div class="row">
          <button type="button" class="primary" onClick={save}>
            {t('common.save')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </td>
    </tr>
  );
}
