import { useI18n } from '../../shared/i18n';
import type { SectionProps } from './section-props';

export function TargetsSection(_props: SectionProps) {
  const { t } = useI18n();
  return (
    <section aria-label={t('section.targets')}>
      <p class="muted">{t('placeholder.later')}</p>
    </section>
  );
}
