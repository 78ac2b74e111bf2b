import { useI18n } from '../shared/i18n';
import type { DashboardViewProps } from './views';

/** Shown for a view whose feature has not shipped yet. */
export function PlainView(_props: DashboardViewProps) {
  const { t } = useI18n();
  return <p class="muted">{t('placeholder.later')}</p>;
}
