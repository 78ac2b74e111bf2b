// The reverse plan behind a target as one line of text, for the rep's answer
// form and the lead's team view: revenue -> deals -> quotes -> connects -> dials.
import { plural } from '../briefs/plural';
import { formatNumber, type Translate } from '../i18n';
import type { Language } from '../settings/settings';
import type { SummaryReversePlan } from '../team/summary-schema';

export function reversePlanText(plan: SummaryReversePlan, t: Translate, language: Language): string {
  const n = (value: number) => formatNumber(value, language, { maximumFractionDigits: 2 });
  const steps: string[] = [];
  if (plan.revenue !== undefined) steps.push(t('playbook.plan.revenue', { value: n(plan.revenue) }));
  if (plan.deals !== undefined) steps.push(plural(t, language, 'playbook.plan.deals', plan.deals, n(plan.deals)));
  if (plan.quotes !== undefined) steps.push(plural(t, language, 'playbook.plan.quotes', plan.quotes, n(plan.quotes)));
  if (plan.connects !== undefined) steps.push(plural(t, language, 'playbook.plan.connects', plan.connects, n(plan.connects)));
  steps.push(plural(t, language, 'playbook.plan.dials', plan.dials, n(plan.dials)));
  const perDay = plural(t, language, 'playbook.plan.perDay', plan.dialsPerDay, n(plan.dialsPerDay));
  return t('playbook.plan.line', { steps: steps.join(' → '), perDay });
}
