import { type CallsideDatabase, getDatabase } from '../db/database';
import { type FunnelFlags, type OutcomeRecord, outcomeRecordSchema } from '../db/records';
import type { Language } from '../settings/settings';

/** Seeds the default outcomes when none exist (first run, or a cleared database). */
export async function seedDefaultOutcomes(db: CallsideDatabase = getDatabase()): Promise<void> {
  if ((await db.outcomes.count()) > 0) return;
  // The default labels load only when there is something to seed (first run, a cleared database).
  const { DEFAULT_OUTCOMES } = await import('./default-outcomes');
  await db.transaction('rw', db.outcomes, async () => {
    if ((await db.outcomes.count()) > 0) return;
    await db.outcomes.bulkAdd(DEFAULT_OUTCOMES.map((outcome) => ({ ...outcome })));
  });
}

/** Outcomes in display order; archived ones only when asked (old calls still name them). */
export async function listOutcomes(db: CallsideDatabase = getDatabase(), includeArchived = false): Promise<OutcomeRecord[]> {
  const outcomes = await db.outcomes.orderBy('order').toArray();
  return includeArchived ? outcomes : outcomes.filter((outcome) => outcome.archived !== 1);
}

/** Validates and stores one outcome; throws a ZodError on bad input or a hotkey already taken. */
export async function saveOutcome(outcome: OutcomeRecord, db: CallsideDatabase = getDatabase()): Promise<OutcomeRecord> {
  const valid = outcomeRecordSchema.parse(outcome);
  return db.transaction('rw', db.outcomes, async () => {
    if (valid.hotkey) {
      const clash = await db.outcomes
        .filter((other) => other.id !== valid.id && other.archived !== 1 && other.hotkey === valid.hotkey)
        .first();
      if (clash) throw new HotkeyTakenError(valid.hotkey, clash);
    }
    await db.outcomes.put(valid);
    return valid;
  });
}

export class HotkeyTakenError extends Error {
  constructor(
    readonly hotkey: string,
    readonly takenBy: OutcomeRecord,
  ) {
    super(`hotkey ${hotkey} is used by ${takenBy.label.en}`);
    this.name = 'HotkeyTakenError';
  }
}

export function outcomeLabel(outcome: Pick<OutcomeRecord, 'label'> | undefined, language: Language, fallback = ''): string {
  if (!outcome) return fallback;
  return outcome.label[language] || outcome.label.en || fallback;
}

/**
 * The flags a call is saved with: the outcome's own, plus "effective" for a
 * connected call at or past the rep's threshold.
 */
export function callFlags(outcome: Pick<OutcomeRecord, 'flags'>, durationSec: number, effectiveSeconds: number): FunnelFlags {
  const effective = outcome.flags.effective === 1 || (outcome.flags.connected === 1 && durationSec >= effectiveSeconds) ? 1 : 0;
  return { ...outcome.flags, effective };
}

/** Saves the whole edited list at once (so two outcomes can swap hotkeys); all or nothing. */
export async function saveOutcomes(outcomes: readonly OutcomeRecord[], db: CallsideDatabase = getDatabase()): Promise<void> {
  const valid = outcomes.map((outcome) => outcomeRecordSchema.parse(outcome));
  const byKey = new Map<string, OutcomeRecord>();
  for (const outcome of valid) {
    if (!outcome.hotkey || outcome.archived === 1) continue;
    const taken = byKey.get(outcome.hotkey.toLowerCase());
    if (taken) throw new HotkeyTakenError(outcome.hotkey, taken);
    byKey.set(outcome.hotkey.toLowerCase(), outcome);
  }
  await db.transaction('rw', db.outcomes, () => db.outcomes.bulkPut(valid));
}
