import { dayKeyOf, daysBetween } from '../calendar';
import type { Translate } from '../i18n';
import type { GuardViolation } from './guard';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * One sentence per rule: what was broken and when calling is allowed again.
 * A time on another day says which day ("tomorrow", "on Monday"), since a cap
 * reset at 08:00 tomorrow must not read like 08:00 today.
 */
export function describeViolation(
  violation: GuardViolation,
  t: Translate,
  formatTime: (at: number) => string,
  now: number = Date.now(),
): string {
  return `${t(`guard.rule.${violation.rule}`, violation.detail)}${allowedAgain(violation.allowedAt, t, formatTime, now)}`;
}

function allowedAgain(at: number | undefined, t: Translate, formatTime: (at: number) => string, now: number): string {
  if (at === undefined) return '';
  const time = formatTime(at);
  const days = daysBetween(dayKeyOf(now), dayKeyOf(at));
  if (days <= 0) return ` ${t('guard.allowedAt', { time })}`;
  if (days === 1) return ` ${t('guard.allowedTomorrow', { time })}`;
  const weekday = WEEKDAYS[new Date(at).getDay()] ?? 'mon';
  return ` ${t('guard.allowedOn', { day: t(`guard.weekday.${weekday}`), time })}`;
}
