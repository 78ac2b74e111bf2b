import { useEffect, useRef } from 'preact/hooks';
import type { CallRecord } from '../../lib/db/records';
import { type PolicyState, policyStateOf } from '../../lib/targets/month-calls';
import { stripBidiControls } from '../../lib/ui/bidi';
import { useI18n } from '../shared/i18n';
import { formatDateTime } from './format';
import { PageText } from './PageText';
import { PolicyActions } from './PolicyActions';
import './calls.css';

export interface FollowUpListProps {
  calls: readonly CallRecord[];
  now: number;
  onSnooze(callId: string): void;
  onDone(callId: string): void;
  /** Insurance reps only: a follow-up of a deal can mark it issued (承保), declined or back to awaiting. */
  onMarkPolicy?(call: CallRecord, next: PolicyState): void;
}

export function FollowUpList({ calls, now, onSnooze, onDone, onMarkPolicy }: FollowUpListProps) {
  const { t, language } = useI18n();
  // When an item leaves the list (done, or snoozed out of it) its focused button goes with it:
  // focus moves to the next item's Done button, or to the "none due" line when it was the last.
  const leaving = useRef<{ id: string; index: number } | undefined>(undefined);
  const doneButtons = useRef(new Map<string, HTMLButtonElement>());
  const emptyRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const left = leaving.current;
    if (!left || calls.some((call) => call.id === left.id)) return;
    leaving.current = undefined;
    const next = calls[Math.min(left.index, calls.length - 1)];
    if (next) doneButtons.current.get(next.id)?.focus();
    else emptyRef.current?.focus();
  }, [calls]);
  if (calls.length === 0)
    return (
      <p class="muted" ref={emptyRef} tabIndex={-1}>
        {t('followUps.empty')}
      </p>
    );
  return (
    <ul class="follow-ups">
      {calls.map((call, index) => {
        const name = stripBidiControls(call.customerName || call.phoneRaw || t('followUps.unnamed'));
        const overdue = (call.followUpAt ?? 0) < now;
        const policy = onMarkPolicy ? policyStateOf(call) : undefined;
        return (
          <li key={call.id} class="stack">
            <div class="row">
              <strong style={{ flex: 1 }}>
                <PageText text={name} />
              </strong>
              {overdue && <span class="overdue">{t('followUps.overdue')}</span>}
            </div>
            <div class="muted">
              {t('followUps.dueAt', { time: formatDateTime(call.followUpAt ?? 0, language) })}
              {call.phoneRaw && call.customerName && (
                <>
                  {' · '}
                  <PageText text={call.phoneRaw} />
                </>
              )}
            </div>
            {call.notes && <div>{call.notes}</div>}
            {policy && onMarkPolicy && <PolicyActions state={policy} who={name} onMark={(next) => onMarkPolicy(call, next)} />}
            <div class="row">
              <button
                type="button"
                aria-label={t('followUps.snoozeOne', { name })}
                onClick={() => {
                  leaving.current = { id: call.id, index };
                  onSnooze(call.id);
                }}
              >
                {t('followUps.snooze')}
              </button>
              <button
                type="button"
                ref={(button) => {
                  if (button) doneButtons.current.set(call.id, button);
                  else doneButtons.current.delete(call.id);
                }}
                aria-label={t('followUps.doneOne', { name })}
                onClick={() => {
                  leaving.current = { id: call.id, index };
                  onDone(call.id);
                }}
              >
                {t('followUps.done')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
