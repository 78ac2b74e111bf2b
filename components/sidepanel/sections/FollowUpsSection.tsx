import { useDueFollowUps } from '../../../lib/ui/use-due-follow-ups';
import { usePolicyMarks } from '../../../lib/ui/use-policy-marks';
import { FollowUpList } from '../../calls/FollowUpList';
import { useI18n } from '../../shared/i18n';
import type { SectionProps } from './section-props';

/** Follow-ups due today or overdue, with snooze and done (and, for insurance reps, a deal's policy state). */
export function FollowUpsSection({ services, profile }: SectionProps) {
  const { t } = useI18n();
  const followUps = useDueFollowUps(services, t);
  const policy = usePolicyMarks(services.db, profile.industry, () => services.now(), t);
  return (
    <section aria-label={t('followUps.region')} class="stack">
      {followUps.error && (
        <p role="alert" class="error">
          {followUps.error}
        </p>
      )}
      {policy.error && (
        <p role="alert" class="error">
          {policy.error}
        </p>
      )}
      {followUps.calls && (
        <FollowUpList
          calls={followUps.calls}
          now={services.now()}
          onSnooze={followUps.snooze}
          onDone={followUps.done}
          onMarkPolicy={policy.enabled ? policy.mark : undefined}
        />
      )}
    </section>
  );
}
