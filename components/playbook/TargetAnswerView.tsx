import { formatNumber, type Translate } from '../../lib/i18n';
import type { PlaybookTarget } from '../../lib/playbook/playbook-schema';
import { type PlanBasis, parseOwnNumber, planForTarget, stretchOf, type TargetChoice, targetKeyOf } from '../../lib/playbook/target-answer';
import { reversePlanText } from '../../lib/playbook/target-answer-text';
import type { Language } from '../../lib/settings/settings';

/**
 * The rep's answer to each target a pack proposes: Accept, or Propose my own
 * with a number field, and the reverse plan of the number in play shown live.
 * Display only: choices and the rep's rates come in through props.
 */
export function TargetAnswerView({
  targets,
  stretchFactor,
  choices,
  basis,
  onChoice,
  t,
  language,
}: {
  targets: readonly PlaybookTarget[];
  stretchFactor: number;
  choices: ReadonlyMap<string, TargetChoice>;
  basis: PlanBasis | undefined;
  onChoice: (key: string, choice: TargetChoice) => void;
  t: Translate;
  language: Language;
}) {
  const n = (value: number) => formatNumber(value, language, { maximumFractionDigits: 2 });
  return (
    <div class="target-answers">
      <h5>{t('playbook.answer.heading')}</h5>
      <p class="hint">{t('playbook.answer.hint')}</p>
      {targets.map((target) => {
        const key = targetKeyOf(target);
        const choice = choices.get(key);
        const kpi = t(`team.kpi.${target.kpi}`);
        const names = { period: target.periodKey, kpi };
        const own = choice?.answer === 'own' ? parseOwnNumber(choice.own) : undefined;
        const value = choice?.answer === 'own' ? own : target.floor;
        const days = basis?.workingDays[target.periodKey] ?? 0;
        const plan =
          basis && value !== undefined && value >= 0 ? planForTarget(target.kpi, value, basis.rates, days, basis.insurance) : undefined;
        const radioName = `target-answer-${key}`;
        return (
          <fieldset key={key} class="target-answer">
            <legend>
              {t('playbook.answer.target', {
                ...names,
                floor: n(target.floor),
                stretch: n(stretchOf(target.kpi, target.floor, stretchFactor)),
              })}
            </legend>
            <label class="inline">
              <input
                type="radio"
                name={radioName}
                checked={choice?.answer === 'accepted'}
                onChange={() => onChoice(key, { answer: 'accepted' })}
              />{' '}
              {t('playbook.answer.accept')}
            </label>
            <label class="inline">
              <input
                type="radio"
                name={radioName}
                checked={choice?.answer === 'own'}
                onChange={() => onChoice(key, { answer: 'own', own: choice?.answer === 'own' ? choice.own : '' })}
              />{' '}
              {t('playbook.answer.own')}
            </label>
            {choice?.answer === 'own' && (
              <label class="field">
                {t('playbook.answer.ownNumber', names)}
                <input
                  inputMode="decimal"
                  value={choice.own}
                  onInput={(event) => onChoice(key, { answer: 'own', own: event.currentTarget.value })}
                />
              </label>
            )}
            {plan && value !== undefined && (
              <p class="target-plan">
                {t('playbook.answer.planFor', { value: n(value), days })} {reversePlanText(plan, t, language)}
              </p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
