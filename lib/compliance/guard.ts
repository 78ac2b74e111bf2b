// Pre-dial compliance guard: the contract the call flow uses. The rules live
// in this folder; checkBeforeDial returns every rule a dial would break now.
import type { CallsideDatabase } from '../db/database';
import { getDatabase } from '../db/database';

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

export async function checkBeforeDial(attempt: DialAttempt, db: CallsideDatabase = getDatabase()): Promise<GuardViolation[]> {
  void db;
  const hour = new Date(attempt.at).getHours();
  if (hour < 8 || hour >= 21) return [{ rule: 'calling-window', detail: { from: '08:00', to: '21:00' }, severity: 'violation' }];
  return [];
}
