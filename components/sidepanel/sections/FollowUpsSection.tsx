import { useEffect, useState } from 'preact/hooks';
import { completeFollowUp, listDueFollowUps, snoozeFollowUp } from '../../../lib/calls/follow-ups';
import { describeStorageError } from '../../../lib/db/storage-errors';
import { useLiveQuery } from '../../../lib/ui/use-live-query';
import { FollowUpList } from '../../calls/FollowUpList';
import { useI18n } from '../../shared/i18n';
import type { SectionProps } from './section-props';

/** Follow-ups due today or overdue, with snooze and done. */
export function FollowUpsSection({ services }: SectionProps) {
  const { t } = useI18n();
  const { db } = services;
  const [error, setError] = useState<string>();
  // Re-read each minute so an upcoming follow-up turns overdue on time.
  const [minute, setMinute] = useState(() => Math.floor(services.now() / 60_000));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(services.now() / 60_000)), 30_000);
    return () => clearInterval(timer);
  }, [services]);
  const state = useLiveQuery(() => listDueFollowUps(services.now(), db), [db, minute]);
  const run = (work: Promise<unknown>) => void work.catch((failure: unknown) => setError(describeStorageError(failure, t)));
  return (
    <section aria-label={t('followUps.region')} class="stack">
      {state.status === 'error' && (
        <p role="alert" class="error">
          {describeStorageError(state.error, t)}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {state.status === 'ready' && (
        <FollowUpList
          calls={state.value}
          now={services.now()}
          onSnooze={(id) => run(snoozeFollowUp(id, services.now(), undefined, db))}
          onDone={(id) => run(completeFollowUp(id, services.now(), db))}
        />
      )}
    </section>
  );
}
