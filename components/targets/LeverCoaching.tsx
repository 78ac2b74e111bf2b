import type { Translate } from '../../lib/i18n';
import type { Language } from '../../lib/settings/settings';
import type { LeverView } from '../../lib/targets/lever-view';
import { type LeverName, MIN_LEVER_BASIS } from '../../lib/targets/levers';
import { formatKpi, formatPercent } from './format';

export function leverValue(lever: LeverName, value: number | undefined, language: Language): string {
  if (value === undefined) return '–';
  return lever === 'averagePremium' ? formatKpi(value, 'revenue', language) : formatPercent(value, language);
}

/** The weakest lever against its reference, with the handbook's right moves (正解) and traps (误区). */
export function LeverCoaching({ view, language, t }: { view: LeverView; language: Language; t: Translate }) {
  const weakest = view.levers.find((entry) => entry.lever === view.weakest);
  const reference =
    view.referenceKind === 'target' ? t('targets.lever.reference.target') : t('targets.lever.reference.median', { days: view.windowDays });
  return (
    <section class="targets-kpi" aria-labelledby="targets-weakest">
      <h3 id="targets-weakest">{t('targets.lever.title')}</h3>
      {!weakest ? (
        <p class="muted">{t('targets.lever.none', { min: MIN_LEVER_BASIS })}</p>
      ) : (
        <div class="targets-coach">
          <p>
            <strong>{t(`targets.lever.${weakest.lever}`)}</strong>:{' '}
            {t('targets.lever.vs', {
              current: leverValue(weakest.lever, weakest.current, language),
              reference: leverValue(weakest.lever, weakest.reference, language),
              basis: weakest.basis,
            })}{' '}
            ({reference})
          </p>
          <p>
            <strong>{t('targets.lever.right')}:</strong> {t(`targets.coach.${weakest.lever}.right`)}
          </p>
          <p>
            <strong>{t('targets.lever.traps')}:</strong> {t(`targets.coach.${weakest.lever}.traps`)}
          </p>
        </div>
      )}
    </section>
  );
}
