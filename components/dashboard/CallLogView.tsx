import { useEffect, useRef, useState } from 'preact/hooks';
import { endOfDay, isDayKey, startOfDay, systemClock } from '../../lib/calendar';
import { type CallLogCursor, type CallLogFilter, deleteCall, listCallsPage, restoreCall, updateCall } from '../../lib/calls/call-log';
import { callFlags, listOutcomes } from '../../lib/calls/outcomes';
import type { CallRecord } from '../../lib/db/records';
import { loadProfile } from '../../lib/settings/settings';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { usePolicyMarks } from '../../lib/ui/use-policy-marks';
import { useProfile } from '../../lib/ui/use-profile';
import { type CallEditValues, CallLogTable } from '../calls/CallLogTable';
import { useI18n } from '../shared/i18n';
import type { DashboardViewProps } from './views';

const PAGE_SIZE = 50;

interface FilterForm {
  from: string;
  to: string;
  outcomeId: string;
  text: string;
}

function toFilter(form: FilterForm): CallLogFilter {
  return {
    from: isDayKey(form.from) ? startOfDay(form.from) : undefined,
    // "To" is a whole day: up to its last millisecond (23 or 25 hours on a daylight-saving day).
    to: isDayKey(form.to) ? endOfDay(form.to) - 1 : undefined,
    outcomeId: form.outcomeId || undefined,
    text: form.text.trim() || undefined,
  };
}

/** The dashboard's call log: filters, cursor paging (fast at any size), edit, delete with undo. */
export function CallLogView({ db, services }: DashboardViewProps) {
  const { t, language } = useI18n();
  const profile = useProfile(db, services?.browserLanguage ?? language);
  const policy = usePolicyMarks(
    db,
    profile.status === 'ready' ? profile.value.profile.industry : undefined,
    () => (services ?? systemClock).now(),
    t,
  );
  const [form, setForm] = useState<FilterForm>({ from: '', to: '', outcomeId: '', text: '' });
  const [filter, setFilter] = useState<CallLogFilter>({});
  // Cursors of the pages before this one, so "Newer" walks back without offsets.
  const [trail, setTrail] = useState<(CallLogCursor | undefined)[]>([]);
  const [cursor, setCursor] = useState<CallLogCursor>();
  const [status, setStatus] = useState<{ text: string; undo?: CallRecord }>();
  // The deleted row takes the focused Delete button with it: focus goes to Undo, the one thing to do next.
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (status?.undo) undoRef.current?.focus();
  }, [status]);
  const outcomes = useLiveQuery(() => listOutcomes(db, true), [db]);
  const page = useLiveQuery(() => listCallsPage(filter, PAGE_SIZE, cursor, db), [db, filter, cursor]);
  const report = (error: unknown) => setStatus({ text: describeStorageError(error, t) });
  const outcomeList = outcomes.status === 'ready' ? outcomes.value : [];
  const time = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(at);

  const onSave = async (call: CallRecord, values: CallEditValues) => {
    try {
      const outcome = outcomeList.find((candidate) => candidate.id === values.outcomeId);
      const { profile } = await loadProfile('en', db);
      // A new outcome re-derives the funnel flags; talk time counts only for a connected call.
      const talkSeconds = outcome?.flags.connected ? call.durationSec || Math.round((call.endedAt - call.startedAt) / 1000) : 0;
      const outcomeChange =
        outcome && values.outcomeId !== call.outcomeId
          ? { durationSec: talkSeconds, flags: callFlags(outcome, talkSeconds, profile.effectiveSeconds) }
          : {};
      await updateCall(call.id, { outcomeId: values.outcomeId, amount: values.amount, notes: values.notes, ...outcomeChange }, db);
      setStatus({ text: t('log.updated') });
    } catch (error) {
      report(error);
    }
  };

  return (
    <div class="call-log">
      <form
        class="filters"
        aria-label={t('log.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(toFilter(form));
          setCursor(undefined);
          setTrail([]);
        }}
      >
        <label>
          <span>{t('log.from')}</span>
          <input type="date" value={form.from} onInput={(event) => setForm({ ...form, from: event.currentTarget.value })} />
        </label>
        <label>
          <span>{t('log.to')}</span>
          <input type="date" value={form.to} onInput={(event) => setForm({ ...form, to: event.currentTarget.value })} />
        </label>
        <label>
          <span>{t('log.outcome')}</span>
          <select value={form.outcomeId} onChange={(event) => setForm({ ...form, outcomeId: event.currentTarget.value })}>
            <option value="">{t('log.allOutcomes')}</option>
            {outcomeList.map((outcome) => (
              <option key={outcome.id} value={outcome.id}>
                {outcome.label[language] || outcome.label.en}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('log.text')}</span>
          <input type="search" value={form.text} onInput={(event) => setForm({ ...form, text: event.currentTarget.value })} />
        </label>
        <button type="submit" class="primary">
          {t('log.apply')}
        </button>
      </form>
      <p role="status" class="row status-line">
        {status?.text}
        {status?.undo && (
          <button
            ref={undoRef}
            type="button"
            onClick={() => {
              const call = status.undo;
              setStatus(undefined);
              if (call) void restoreCall(call, db).catch(report);
            }}
          >
            {t('common.undo')}
          </button>
        )}
      </p>
      {page.status === 'error' && (
        <p role="alert" class="error">
          {describeStorageError(page.error, t)}
        </p>
      )}
      {policy.error && (
        <p role="alert" class="error">
          {policy.error}
        </p>
      )}
      {page.status === 'loading' && <p class="muted">{t('common.loading')}</p>}
      {page.status === 'ready' && (
        <>
          <CallLogTable
            calls={page.value.calls}
            outcomes={outcomeList}
            formatTime={time}
            onSave={(call, values) => void onSave(call, values)}
            onMarkPolicy={policy.enabled ? policy.mark : undefined}
            onDelete={(call) =>
              void deleteCall(call.id, db)
                .then((deleted) => setStatus({ text: t('log.deleted', { time: time(call.startedAt) }), undo: deleted }))
                .catch(report)
            }
          />
          <nav class="row" aria-label={t('log.page', { page: trail.length + 1 })}>
            <button
              type="button"
              disabled={trail.length === 0}
              onClick={() => {
                setCursor(trail.at(-1));
                setTrail(trail.slice(0, -1));
              }}
            >
              {t('log.newer')}
            </button>
            <span>{t('log.page', { page: trail.length + 1 })}</span>
            <button
              type="button"
              disabled={!page.value.next}
              onClick={() => {
                setTrail([...trail, cursor]);
                setCursor(page.value.next);
              }}
            >
              {t('log.older')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
