// Pre-dial compliance guard: the contract the call flow uses. The rules live
// in this folder; checkBeforeDial returns every rule a dial would break now.
import { addDays, atClock, dayKeyOf, minuteOfDay, mondayOf, parseClock, startOfDay } from '../calendar';
import { callsToNumberSince } from '../calls/attempts';
import type { CallsideDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import { type ComplianceSettings, loadComplianceSettings } from './compliance-settings';
import { isOnDnc } from './dnc';

export type GuardRule = 'calling-window' | 'lunch-break' | 'daily-cap' | 'weekly-cap' | 'min-interval' | 'burst' | 'dnc';

export interface GuardViolation {
  rule: GuardRule;
  /** When calling this number is allowed again (epoch ms), when that is knowable. */
  allowedAt?: number;
  /** Numbers for the message, e.g. { count: 3, cap: 3 }. */
  detail: Record<string, number | string>;
  /** A warning (burst) can be dismissed; a violation needs a reason to override. */
  severity: 'warning' | 'violation';
}

export interface DialAttempt {
  phoneE164?: string;
  at: number;
}

const MINUTE = 60_000;

/**
 * Every rule a dial at `attempt.at` would break, in the order a rep should
 * read them. Times are the rep's local time; weeks start Monday 00:00.
 * `settings` defaults to the stored compliance settings.
 */
export async function checkBeforeDial(
  attempt: DialAttempt,
  db: CallsideDatabase = getDatabase(),
  settings?: ComplianceSettings,
): Promise<GuardViolation[]> {
  const rules = settings ?? (await loadComplianceSettings(db));
  const violations: GuardViolation[] = [];
  const { at, phoneE164 } = attempt;
  // All local calendar days (lib/calendar), so daylight-saving days are handled by Date itself.
  const today = dayKeyOf(at);
  const tomorrow = addDays(today, 1);
  const monday = mondayOf(today);
  const windowOpensOn = (day: string) => (rules.callingWindow.enabled ? atClock(day, rules.callingWindow.from) : startOfDay(day));

  // Every read the rules need goes out at once, not one after another: Start waits for the slowest, not for their sum.
  const needsHistory = phoneE164 !== undefined && (rules.dailyCap.enabled || rules.weeklyCap.enabled || rules.minInterval.enabled);
  const historySince = Math.min(startOfDay(monday), startOfDay(today), at - rules.minInterval.minutes * MINUTE);
  const burstWindow = db.calls.where('startedAt').between(at - rules.burst.minutes * MINUTE, at, true, true);
  const [onDnc, history, burstCount, burstOldest] = await Promise.all([
    rules.dnc.enabled && phoneE164 ? isOnDnc(phoneE164, db) : false,
    needsHistory && phoneE164 ? callsToNumberSince(phoneE164, historySince, db) : [],
    rules.burst.enabled ? burstWindow.count() : 0,
    rules.burst.enabled ? burstWindow.clone().first() : undefined,
  ]);

  if (onDnc) violations.push({ rule: 'dnc', detail: {}, severity: 'violation' });

  const minute = minuteOfDay(at);
  if (rules.callingWindow.enabled) {
    const { from, to } = rules.callingWindow;
    if (minute < parseClock(from) || minute >= parseClock(to)) {
      const allowedAt = minute < parseClock(from) ? atClock(today, from) : atClock(tomorrow, from);
      violations.push({ rule: 'calling-window', allowedAt, detail: { from, to }, severity: 'violation' });
    }
  }
  if (rules.lunchBreak.enabled) {
    const { from, to } = rules.lunchBreak;
    if (minute >= parseClock(from) && minute < parseClock(to))
      violations.push({ rule: 'lunch-break', allowedAt: atClock(today, to), detail: { from, to }, severity: 'violation' });
  }

  if (phoneE164) {
    const calls = history.filter((call) => call.startedAt <= at);
    // Per-number caps: calls since the period began, allowed again when the next period opens.
    const caps = [
      { rule: 'daily-cap', setting: rules.dailyCap, since: startOfDay(today), next: tomorrow },
      { rule: 'weekly-cap', setting: rules.weeklyCap, since: startOfDay(monday), next: addDays(monday, 7) },
    ] as const;
    for (const { rule, setting, since: periodStart, next } of caps) {
      if (!setting.enabled) continue;
      const count = calls.filter((call) => call.startedAt >= periodStart).length;
      if (count >= setting.max)
        violations.push({ rule, allowedAt: windowOpensOn(next), detail: { count, cap: setting.max }, severity: 'violation' });
    }
    if (rules.minInterval.enabled) {
      const last = calls.at(-1);
      const required = rules.minInterval.minutes;
      if (last && at - last.startedAt < required * MINUTE)
        violations.push({
          rule: 'min-interval',
          allowedAt: last.startedAt + required * MINUTE,
          detail: { minutes: Math.floor((at - last.startedAt) / MINUTE), required },
          severity: 'violation',
        });
    }
  }

  if (rules.burst.enabled) {
    const dials = burstCount + 1; // this dial included
    if (dials >= rules.burst.dials) {
      const oldest = burstOldest?.startedAt ?? at;
      violations.push({
        rule: 'burst',
        allowedAt: oldest + rules.burst.minutes * MINUTE,
        detail: { count: dials, minutes: rules.burst.minutes },
        severity: 'warning',
      });
    }
  }
  return violations;
}

/** Overriding needs a reason for any violation; warnings alone can simply be acknowledged. */
export const needsReason = (violations: readonly GuardViolation[]): boolean =>
  violations.some((violation) => violation.severity === 'violation');
