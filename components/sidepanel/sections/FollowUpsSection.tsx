import { useDueFollowUps } from '../../../lib/ui/use-due-follow-ups';
import { FollowUpList } from '../../calls/FollowUpList';
import { useI18n } from '../../shared/i18n';
import type { SectionProps } from './section-props';

/** Follow-ups due today or overdue, with snooze and done. */
export function FollowUpsSection({ services }: SectionProps) {
  const { t } = useI18n();
  const followUps = useDueFollowUps(services, t);
  return (
    <section aria-label={t('followUps.region')} class="stack">
      {followUps.error && (
        <p role="alert" class="error">
          {followUps.error}
        </p>
      )}
      {followUps.calls && <FollowUpList calls={followUps.calls} now={services.now()} onSnooze={followUps.snooze} onDone={followUps.done} />}
    </section>
  );
}
