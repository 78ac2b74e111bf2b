import { type CallsideDatabase, getDatabase } from '../db/database';
import { type FunnelFlags, type OutcomeRecord, outcomeRecordSchema } from '../db/records';
import type { Language } from '../settings/settings';

const flags = (dialed: 0 | 1, connected: 0 | 1, effective: 0 | 1, quoted: 0 | 1, deal: 0 | 1): FunnelFlags => ({
  dialed,
  connected,
  effective,
  quoted,
  deal,
});

/**
 * The default dispositions from DOMAIN.md. Every outcome is a dial; a quote or
 * a deal needs a real conversation, so those count as effective whatever the
 * call's length. Other connected calls become effective past the threshold.
 */
export const DEFAULT_OUTCOMES: readonly OutcomeRecord[] = [
  {
    id: 'no-answer',
    order: 1,
    label: { en: 'No answer', 'zh-CN': '未接通' },
    hotkey: '1',
    flags: flags(1, 0, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'busy',
    order: 2,
    label: { en: 'Busy', 'zh-CN': '占线' },
    hotkey: '2',
    flags: flags(1, 0, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'invalid-number',
    order: 3,
    label: { en: 'Invalid number', 'zh-CN': '空号错号' },
    hotkey: '3',
    flags: flags(1, 0, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'not-interested',
    order: 4,
    label: { en: 'Not interested', 'zh-CN': '接通-无意向' },
    hotkey: '4',
    flags: flags(1, 1, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'call-back',
    order: 5,
    label: { en: 'Call back', 'zh-CN': '接通-约回电' },
    hotkey: '5',
    flags: flags(1, 1, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'quoted',
    order: 6,
    label: { en: 'Quoted', 'zh-CN': '已报价' },
    hotkey: '6',
    flags: flags(1, 1, 1, 1, 0),
    needsAmount: 1,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'deal',
    order: 7,
    label: { en: 'Deal', 'zh-CN': '成交' },
    hotkey: '7',
    flags: flags(1, 1, 1, 1, 1),
    needsAmount: 1,
    addsToDnc: 0,
    archived: 0,
  },
  {
    id: 'do-not-call',
    order: 8,
    label: { en: 'Do not call', 'zh-CN': '拒绝再联系' },
    hotkey: '8',
    flags: flags(1, 1, 0, 0, 0),
    needsAmount: 0,
    addsToDnc: 1,
    archived: 0,
  },
];

/** Seeds the default outcomes when none exist (first run, or a cleared database). */
export async function seedDefaultOutcomes(db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.outcomes, async () => {
    if ((await db.outcomes.count()) === 0) await db.outcomes.bulkAdd(DEFAULT_OUTCOMES.map((outcome) => ({ ...outcome })));
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
