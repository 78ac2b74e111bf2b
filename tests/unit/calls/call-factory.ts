import { dayKeyOf } from '../../../lib/calendar';
import type { CallRecord } from '../../../lib/db/records';

let sequence = 0;
/** A valid call; tests override what they care about. */
export function makeCall(overrides: Partial<CallRecord> = {}): CallRecord {
  sequence += 1;
  const startedAt = overrides.startedAt ?? new Date(2026, 10, 26, 10, 0, sequence % 60).getTime();
  return {
    id: `call-${sequence}`,
    startedAt,
    endedAt: startedAt + 60_000,
    day: dayKeyOf(startedAt),
    durationSec: 60,
    outcomeId: 'quoted',
    flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 0 },
    amount: 0,
    notes: '',
    scriptPath: [],
    checklistDone: [],
    rebuttalsUsed: [],
    overrides: [],
    updatedAt: startedAt,
    ...overrides,
  };
}
