import type { TargetAgreementRow } from '../../lib/playbook/target-agreement';
import { reversePlanText } from '../../lib/playbook/target-answer-text';
import { useI18n } from '../shared/i18n';
import { formatKpi } from './team-format';

/**
 * The lead's side of the target conversation: per rep, what the playbook
 * proposed beside what the rep agreed, with the rep's reverse plan when they
 * answered with their own number. Display only; every value is text.
 */
export function TargetAgreement({ rows }: { rows: readonly TargetAgreementRow[] }) {
  const { t, language } = useI18n();
  const caption = t('playbook.agreement.caption');
  if (rows.length === 0)
    return (
      <section class="card" aria-label={caption}>
        <h4>{caption}</h4>
        <p class="muted">{t('playbook.agreement.empty')}</p>
      </section>
    );
  return (
    <section class="card" aria-label={caption}>
      <table class="team-table target-agreement">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('playbook.agreement.rep')}</th>
            <th scope="col">{t('playbook.agreement.target')}</th>
            <th scope="col">{t('playbook.agreement.proposed')}</th>
            <th scope="col">{t('playbook.agreement.answer')}</th>
            <th scope="col">{t('playbook.agreement.agreed')}</th>
            <th scope="col">{t('playbook.agreement.plan')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.repId}|${row.periodKey}|${row.kpi}`} class={`agreement-${row.answer}`}>
              <th scope="row">{row.name}</th>
              <td>
                {row.periodKey} · {t(`team.kpi.${row.kpi}`)}
              </td>
              <td class="num">{formatKpi(row.kpi, row.proposed, language)}</td>
              <td>
                {row.answer === 'none'
                  ? t('playbook.agreement.none')
                  : t(row.answer === 'own' ? 'playbook.agreement.own' : 'playbook.agreement.accepted', { version: row.version ?? '' })}
              </td>
              <td class="num">{row.agreed === undefined ? '—' : formatKpi(row.kpi, row.agreed, language)}</td>
              <td>
                {row.reversePlan
                  ? `${reversePlanText(row.reversePlan, t, language)}, ${t('playbook.agreement.planDays', { days: row.reversePlan.workingDays })}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
