import type { CallRecord } from '../../lib/db/records';
import { useI18n } from '../shared/i18n';
import { formatDateTime } from './format';
import './calls.css';

export interface FollowUpListProps {
  calls: readonly CallRecord[];
  now: number;
  onSnooze(callId: string): void;
  onDone(callId: string): void;
}

export function FollowUpList({ calls, now, onSnooze, onDone }: FollowUpListProps) {
  const { t, language } = useI18n();
  if (calls.length === 0) return <p class="muted">{t('followUps.empty')}</p>;
  return (
    <ul class="follow-ups">
      {calls.map((call) => {
        const name = call.customerName || call.phoneRaw || t('followUps.unnamed');
        const overdue = (call.followUpAt ?? 0) < now;
        return (
          <li key={call.id} class="stack">
            <div class="row">
              <strong style={{ flex: 1 }}>{name}</strong>
              {overdue && <span class="overdue">{t('followUps.overdue')}</span>}
            </div>
            <div class="muted">
              {t('followUps.dueAt', { time: formatDateTime(call.followUpAt ?? 0, language) })}
              {call.phoneRaw && call.customerName ? ` · ${call.phoneRaw}` : ''}
            </div>
            {call.notes && <div>{call.notes}</div>}
            <div class="row">
              <button type="button" aria-label={t('followUps.snoozeOne', { name })} onClick={() => onSnooze(call.id)}>
                {t('followUps.snooze')}
              </button>
              <button type="button" aria-label={t('followUps.doneOne', { name })} onClick={() => onDone(call.id)}>
                {t('followUps.done')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
