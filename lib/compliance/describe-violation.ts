import type { Translate } from '../i18n';
import type { GuardViolation } from './guard';

/** One sentence per rule: what was broken and when calling is allowed again. */
export function describeViolation(violation: GuardViolation, t: Translate, formatTime: (at: number) => string): string {
  const when = violation.allowedAt === undefined ? '' : ` ${t('guard.allowedAt', { time: formatTime(violation.allowedAt) })}`;
  return `${t(`guard.rule.${violation.rule}`, violation.detail)}${when}`;
}
