import { reversePlanText } from '../../lib/playbook/target-answer-text';
import { DAY_COUNT_FIELDS, type Summary } from '../../lib/team/summary-schema';
import { useI18n } from '../shared/i18n';
import { formatKpi } from './team-format';

/** Every number and text the summary file holds, as tables: what the rep sees is what leaves. */
export function SummaryPreview({ summary }: { summary: Summary }) {
  const { t, language } = useI18n();
  const none = t('team.none');
  const titles = new Map(summary.rebuttals.map((rebuttal) => [rebuttal.rebuttalId, rebuttal.objection || rebuttal.rebuttalId]));
  const answers = summary.targetAnswers;
  return (
    <section aria-labelledby="summary-preview" class="summary-preview stack">
      <h3 id="summary-preview">{t('summary.preview')}</h3>
      <dl class="fields">
        <dt>{t('summary.preview.repId')}</dt>
        <dd>{summary.rep.id}</dd>
        <dt>{t('summary.preview.name')}</dt>
        <dd>{summary.rep.name || none}</dd>
        <dt>{t('summary.preview.team')}</dt>
        <dd>{summary.rep.team || none}</dd>
        <dt>{t('summary.preview.startDate')}</dt>
        <dd>{summary.rep.startDate ?? none}</dd>
        <dt>{t('summary.preview.period')}</dt>
        <dd>
          {summary.period.key} ({t('team.period.range', { first: summary.period.first, last: summary.period.last })})
        </dd>
        <dt>{t('summary.preview.appVersion')}</dt>
        <dd>{summary.appVersion}</dd>
        <dt>{t('summary.preview.playbook')}</dt>
        <dd>{summary.playbook ? t('summary.preview.playbookVersion', { version: summary.playbook.version }) : none}</dd>
        <dt>{t('summary.preview.hash')}</dt>
        <dd class="mono">{summary.contentHash}</dd>
      </dl>

      {/* Focusable, so a keyboard user can scroll a table wider than the page. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard */}
      <section class="table-scroll" aria-label={t('summary.preview.days')} tabIndex={0}>
        <table class="team-table">
          <caption>{t('summary.preview.days')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.day')}</th>
              {DAY_COUNT_FIELDS.map((field) => (
                <th scope="col" key={field} class="num">
                  {t(`team.kpi.${field}`)}
                </th>
              ))}
              <th scope="col">{t('team.kpi.firstDial')}</th>
              <th scope="col" class="num">
                {t('summary.preview.followUpsSet')}
              </th>
              <th scope="col" class="num">
                {t('summary.preview.followUpsDue')}
              </th>
              <th scope="col">{t('summary.preview.dayRebuttals')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                {DAY_COUNT_FIELDS.map((field) => (
                  <td key={field} class="num">
                    {formatKpi(field, day[field], language)}
                  </td>
                ))}
                <td>{day.firstDial ?? none}</td>
                <td class="num">{day.followUpsSet ?? none}</td>
                <td class="num">{day.followUpsDue ?? none}</td>
                <td>
                  {day.rebuttals?.length
                    ? day.rebuttals.map((use) => `${titles.get(use.rebuttalId) ?? use.rebuttalId} ×${use.used}`).join(' · ')
                    : none}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('team.total')}</th>
              {DAY_COUNT_FIELDS.map((field) => (
                <td key={field} class="num">
                  {formatKpi(field, summary.totals[field], language)}
                </td>
              ))}
              <td />
              <td />
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
      {summary.days.length === 0 && <p class="muted">{t('summary.preview.noDays')}</p>}

      <table class="team-table">
        <caption>{t('summary.preview.customers')}</caption>
        <thead>
          <tr>
            {(['dialed', 'connected', 'quoted', 'signed', 'issued'] as const).map((stage) => (
              <th scope="col" key={stage} class="num">
                {t(`summary.customers.${stage}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {(['dialed', 'connected', 'quoted', 'signed', 'issued'] as const).map((stage) => (
              <td key={stage} class="num">
                {formatKpi('dials', summary.customers[stage], language)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>

      {summary.targets.length === 0 ? (
        <p class="muted">{t('summary.preview.noTargets')}</p>
      ) : (
        <table class="team-table">
          <caption>{t('summary.preview.targets')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.target.period')}</th>
              <th scope="col">{t('summary.target.kpi')}</th>
              <th scope="col" class="num">
                {t('summary.target.floor')}
              </th>
              <th scope="col" class="num">
                {t('summary.target.stretch')}
              </th>
              <th scope="col" class="num">
                {t('summary.target.changes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.targets.map((target) => (
              <tr key={`${target.periodKey}-${target.kpi}`}>
                <td>{target.periodKey}</td>
                <td>{t(`team.kpi.${target.kpi}`)}</td>
                <td class="num">{formatKpi(target.kpi, target.floor, language)}</td>
                <td class="num">{formatKpi(target.kpi, target.stretch, language)}</td>
                <td class="num">{target.changes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <table class="team-table">
        <caption>{t('summary.preview.rebuttals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.rebuttal.text')}</th>
            <th scope="col" class="num">
              {t('summary.rebuttal.used')}
            </th>
            <th scope="col" class="num">
              {t('summary.rebuttal.quoted')}
            </th>
            <th scope="col" class="num">
              {t('summary.rebuttal.deals')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rebuttals.length === 0 && (
            <tr>
              <td colSpan={4} class="muted">
                {t('summary.preview.noneUsed')}
              </td>
            </tr>
          )}
          {summary.rebuttals.map((rebuttal) => (
            <tr key={rebuttal.rebuttalId}>
              <td>
                <strong>{rebuttal.objection || rebuttal.rebuttalId}</strong>
                {rebuttal.text && <span class="muted"> · {rebuttal.text}</span>}
              </td>
              <td class="num">{rebuttal.used}</td>
              <td class="num">{rebuttal.quoted}</td>
              <td class="num">{rebuttal.deals}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {answers && (
        <table class="team-table">
          <caption>{t('summary.preview.targetAnswers', { version: answers.playbookVersion })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('playbook.agreement.target')}</th>
              <th scope="col" class="num">
                {t('playbook.agreement.proposed')}
              </th>
              <th scope="col">{t('playbook.agreement.answer')}</th>
              <th scope="col" class="num">
                {t('playbook.agreement.agreed')}
              </th>
              <th scope="col">{t('playbook.agreement.plan')}</th>
            </tr>
          </thead>
          <tbody>
            {answers.targets.map((target) => (
              <tr key={`${target.periodKey}-${target.kpi}`}>
                <td>
                  {target.periodKey} · {t(`team.kpi.${target.kpi}`)}
                </td>
                <td class="num">{formatKpi(target.kpi, target.proposed, language)}</td>
                <td>
                  {t(target.answer === 'own' ? 'playbook.agreement.own' : 'playbook.agreement.accepted', {
                    version: answers.playbookVersion,
                  })}
                </td>
                <td class="num">{formatKpi(target.kpi, target.agreed, language)}</td>
                <td>{target.reversePlan ? reversePlanText(target.reversePlan, t, language) : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <table class="team-table">
        <caption>{t('summary.preview.overrides')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.override.rule')}</th>
            <th scope="col" class="num">
              {t('summary.override.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.overrides.length === 0 && (
            <tr>
              <td colSpan={2} class="muted">
                {t('summary.preview.noneUsed')}
              </td>
            </tr>
          )}
          {summary.overrides.map((override) => (
            <tr key={override.rule}>
              <td>{override.rule}</td>
              <td class="num">{override.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
