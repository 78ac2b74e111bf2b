import { useEffect, useMemo, useState } from 'preact/hooks';
import { dayKeyOf, systemClock } from '../../lib/calendar';
import { periodKeyOf, periodOf } from '../../lib/calendar/periods';
import { workingDaysBetween } from '../../lib/calendar/working-days';
import type { Kpi } from '../../lib/db/records';
import { calendarEntries } from '../../lib/targets/calendar-store';
import { historyCounts } from '../../lib/targets/lever-view';
import {
  defaultRates,
  type PlanRates,
  type RateName,
  type RateSource,
  ratesFromHistory,
  reversePlan,
} from '../../lib/targets/reverse-plan';
import { loadTargetSettings, saveTargetSettings, setTarget } from '../../lib/targets/target-store';
import { useI18n } from '../shared/i18n';
import { formatKpi } from './format';
import type { TargetsOptionsProps } from './TargetsOptionsSection';
import './targets.css';

const PERCENT_RATES: readonly RateName[] = ['connectRate', 'quoteRate', 'successRate', 'issueRate'];
const RATE_ORDER: readonly RateName[] = ['connectRate', 'quoteRate', 'successRate', 'averagePremium', 'callsPerCustomer', 'issueRate'];

/** Options: from an income or revenue goal back to the month's deals, quotes, connects and dials, with every assumption editable. */
export function ReversePlanSection({ db, profile, now = systemClock.now }: TargetsOptionsProps) {
  const { t, language } = useI18n();
  const today = dayKeyOf(now());
  const insurance = profile.industry === 'car-insurance';
  const [goalKind, setGoalKind] = useState<'income' | 'revenue'>('income');
  const [goal, setGoal] = useState({ income: '12000', basePay: '4000', commission: '5', bonus: '2000', revenue: '100000' });
  const [loaded, setLoaded] = useState<{
    rates: PlanRates;
    sources: Record<RateName, RateSource>;
    days: number;
    remaining: number;
    windowDays: number;
  }>();
  const [edited, setEdited] = useState<Partial<Record<RateName, string>>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  useEffect(() => {
    void (async () => {
      const settings = await loadTargetSettings(db);
      const history = await historyCounts(today, settings.rateWindowDays, db);
      const month = periodOf('month', today);
      const remaining = workingDaysBetween(today, month.last, await calendarEntries(today, month.last, db)).length;
      const { rates, sources } = ratesFromHistory(history, defaultRates(profile.industry));
      setLoaded({ rates, sources, days: history.days, remaining, windowDays: settings.rateWindowDays });
    })();
  }, [db, today, profile.industry]);

  const rates = useMemo(() => {
    if (!loaded) return undefined;
    const next = { ...loaded.rates };
    for (const name of RATE_ORDER) {
      const text = edited[name];
      if (text === undefined) continue;
      const value = Number(text);
      if (!Number.isFinite(value) || value <= 0) return undefined;
      next[name] = PERCENT_RATES.includes(name) ? Math.min(1, value / 100) : value;
    }
    return next;
  }, [loaded, edited]);
  const number = (text: string) => Number(text.replace(/[,\s]/g, ''));
  const goalValid =
    goalKind === 'revenue'
      ? number(goal.revenue) >= 0
      : [goal.income, goal.basePay, goal.bonus].every((text) => number(text) >= 0) && number(goal.commission) > 0;
  const plan =
    rates && loaded && goalValid
      ? reversePlan({
          goal:
            goalKind === 'income'
              ? {
                  kind: 'income',
                  income: {
                    income: number(goal.income),
                    basePay: number(goal.basePay),
                    commissionRate: number(goal.commission) / 100,
                    targetBonus: number(goal.bonus),
                  },
                }
              : { kind: 'revenue', revenue: number(goal.revenue) },
          rates,
          remainingWorkingDays: loaded.remaining,
          insurance,
        })
      : undefined;
  const money = (value: number) => formatKpi(value, 'revenue', language);
  const monthKey = periodKeyOf('month', today);

  const apply = async () => {
    if (!plan || !rates) return;
    const reason = t('targets.reverse.reason', { goal: t(goalKind === 'income' ? 'targets.reverse.income' : 'targets.reverse.revenue') });
    const entries: [Kpi, number][] = [
      [insurance ? 'issued' : 'revenue', plan.revenue],
      ...(insurance ? ([['revenue', plan.submittedRevenue]] as [Kpi, number][]) : []),
      ['deals', plan.deals],
      ['quotes', plan.quotes],
      ['connects', plan.connects],
      ['dials', plan.dials],
    ];
    const settings = await loadTargetSettings(db);
    for (const [kpi, floor] of entries) {
      const result = await setTarget({ periodKey: monthKey, kpi, floor, stretchFactor: settings.stretchFactor, reason }, now(), db);
      if (!result.ok) {
        setMessage({ text: t(`targets.problem.${result.error.code}`), error: true });
        return;
      }
    }
    // The plan's rates become the rep's target rates: the weakest lever is measured against them.
    await saveTargetSettings(
      {
        ...settings,
        targetRates: {
          connectRate: rates.connectRate,
          quoteRate: rates.quoteRate,
          successRate: rates.successRate,
          averagePremium: rates.averagePremium,
          issueRate: rates.issueRate,
        },
      },
      db,
    );
    setMessage({ text: t('targets.reverse.applied'), error: false });
  };

  const goalField = (name: keyof typeof goal, label: string) => (
    <label>
      {label}
      <input
        inputMode="decimal"
        value={goal[name]}
        onInput={(event) => setGoal({ ...goal, [name]: (event.target as HTMLInputElement).value })}
      />
    </label>
  );
  const sourceText = (name: RateName) => {
    if (edited[name] !== undefined) return t('targets.reverse.source.edited');
    const source = loaded?.sources[name];
    if (!source || !loaded) return '';
    if (source.kind === 'own')
      return t('targets.reverse.source.own', {
        numerator: Math.round(source.numerator),
        denominator: source.denominator,
        days: loaded.days,
      });
    if (source.kind === 'default')
      return t('targets.reverse.source.default', { denominator: source.denominator, needed: source.needed, days: loaded.days });
    return t('targets.reverse.source.edited');
  };
  const shownRate = (name: RateName) => {
    if (edited[name] !== undefined) return edited[name] as string;
    const value = loaded?.rates[name] ?? 0;
    return PERCENT_RATES.includes(name) ? String(Math.round(value * 1000) / 10) : String(Math.round(value * 100) / 100);
  };

  return (
    <div class="options-targets stack">
      <form onSubmit={(event) => event.preventDefault()} aria-label={t('targets.reverse.title')}>
        <fieldset>
          <legend>{t('targets.reverse.goalKind')}</legend>
          {(['income', 'revenue'] as const).map((kind) => (
            <label key={kind} class="inline">
              <input type="radio" name="goal-kind" checked={goalKind === kind} onChange={() => setGoalKind(kind)} />{' '}
              {t(`targets.reverse.${kind}`)}
            </label>
          ))}
        </fieldset>
        {goalKind === 'income' ? (
          <>
            {goalField('income', t('targets.reverse.incomeGoal'))}
            {goalField('basePay', t('targets.reverse.basePay'))}
            {goalField('commission', t('targets.reverse.commission'))}
            {goalField('bonus', t('targets.reverse.bonus'))}
          </>
        ) : (
          goalField('revenue', t('targets.reverse.revenueGoal'))
        )}
        <fieldset>
          <legend>{t('targets.reverse.assumptions')}</legend>
          {RATE_ORDER.filter((name) => insurance || name !== 'issueRate').map((name) => (
            <label key={name}>
              {t(`targets.reverse.rate.${name}`)}
              <input
                inputMode="decimal"
                value={shownRate(name)}
                onInput={(event) => setEdited({ ...edited, [name]: (event.target as HTMLInputElement).value })}
              />
              <span class="muted">{sourceText(name)}</span>
            </label>
          ))}
        </fieldset>
        {!plan && loaded && <p class="error">{t('targets.problem.bad-number')}</p>}
        {plan && loaded && (
          <>
            <p>
              {t('targets.reverse.result', {
                month: monthKey,
                revenue: money(plan.submittedRevenue),
                deals: plan.deals,
                quotes: plan.quotes,
                connects: plan.connects,
                dials: plan.dials,
              })}
            </p>
            <p>
              {t('targets.reverse.perDay', {
                days: loaded.remaining,
                revenue: money(plan.perDay.revenue),
                deals: plan.perDay.deals,
                quotes: plan.perDay.quotes,
                connects: plan.perDay.connects,
                dials: plan.perDay.dials,
              })}
            </p>
            {insurance && rates && (
              <p>
                {t('targets.insurance.platform', {
                  issued: money(plan.revenue),
                  rate: `${Math.round(rates.issueRate * 1000) / 10}%`,
                  submitted: money(plan.submittedRevenue),
                })}
              </p>
            )}
            <button type="button" onClick={() => void apply()}>
              {t('targets.reverse.apply')}
            </button>
          </>
        )}
        <p role="status" class={message?.error ? 'error' : ''}>
          {message?.text}
        </p>
      </form>
    </div>
  );
}
