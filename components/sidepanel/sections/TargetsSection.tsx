import { useLeverView, useMonthView } from '../../../lib/targets/use-targets';
import { useI18n } from '../../shared/i18n';
import { TargetsOverview } from '../../targets/TargetsOverview';
import '../../targets/targets.css';
import type { SectionProps } from './section-props';

/** The panel's Targets section: the month's targets, pace and weakest lever, live as calls are saved. */
export function TargetsSection({ services, profile }: SectionProps) {
  const { t, language } = useI18n();
  const month = useMonthView(services.db, services.now);
  const levers = useLeverView(services.db, services.now, profile.industry === 'car-insurance');
  return (
    <section aria-label={t('targets.region')}>
      {month.status === 'error' && <p role="alert">{t('error.generic', { message: month.error.message })}</p>}
      {month.status === 'ready' && (
        <TargetsOverview
          kpis={month.value.kpis}
          levers={levers.status === 'ready' ? levers.value : undefined}
          middayClock={month.value.settings.middayClock}
          language={language}
          t={t}
          onOpenSettings={services.openOptions}
          onOpenHistory={services.openDashboard}
        />
      )}
    </section>
  );
}
