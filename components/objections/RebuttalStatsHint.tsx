import { percentOf, type RebuttalStats } from '../../lib/objections/rebuttal-stats';
import { useI18n } from '../shared/i18n';

/** "used 12 → quoted 5 (42%) → deal 2 (17%)": every share next to the count it comes from. */
export function RebuttalStatsHint({ stats }: { stats: RebuttalStats | undefined }) {
  const { t } = useI18n();
  if (!stats || stats.used === 0) return <span class="rebuttal-stats muted">{t('objections.statsNone')}</span>;
  const share = (part: number) => {
    const percent = percentOf(part, stats.used);
    return percent === undefined ? '' : t('objections.statsShare', { percent });
  };
  return (
    <span class="rebuttal-stats muted">
      {t('objections.stats', {
        used: stats.used,
        quoted: stats.quoted,
        quotedShare: share(stats.quoted),
        deal: stats.deal,
        dealShare: share(stats.deal),
      })}
    </span>
  );
}
