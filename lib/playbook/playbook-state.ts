// The playbook's areas as they stand on this machine: what a lead exports and
// what a rep's import is compared with. Only Dexie reads; nothing is written.
import { loadComplianceSettings } from '../compliance/compliance-settings';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { readScriptRecord } from '../scripts/script-repository';
import { readSetting, writeSetting } from '../settings/settings';
import { DEFAULT_STRETCH_FACTOR, loadTargetSettings } from '../targets/target-store';
import { DEFAULT_RHYTHM, type Playbook, type PlaybookTarget, type Rhythm, rhythmSchema } from './playbook-schema';

/** Everything of a pack but its header, changelog and targets: the areas that are plain settings and content. */
export type PlaybookState = Pick<
  Playbook,
  'scripts' | 'objections' | 'outcomes' | 'effectiveSeconds' | 'calendar' | 'rhythm' | 'compliance' | 'siteMappings'
> & {
  /** The rep's own targets in the pack's shape, and their stretch factor. */
  targets: { stretchFactor: number; targets: PlaybookTarget[] };
};

const RHYTHM_KEY = 'playbook.rhythm';

export function loadRhythm(db: CallsideDatabase = getDatabase()): Promise<Rhythm> {
  return readSetting(RHYTHM_KEY, rhythmSchema, DEFAULT_RHYTHM, db);
}

export function saveRhythm(rhythm: Rhythm, db: CallsideDatabase = getDatabase()): Promise<void> {
  return writeSetting(RHYTHM_KEY, rhythmSchema, rhythm, db);
}

/** Reads every area (objections in the given language). Scripts that fail their schema are left out. */
export async function readPlaybookState(
  locale: 'en' | 'zh-CN',
  effectiveSeconds: number,
  db: CallsideDatabase = getDatabase(),
): Promise<PlaybookState> {
  const [scripts, objections, outcomes, calendar, rhythm, compliance, mappings, targets, targetSettings] = await Promise.all([
    db.scripts.toArray(),
    db.objections.where('locale').equals(locale).toArray(),
    db.outcomes.orderBy('order').toArray(),
    db.calendar.orderBy('day').toArray(),
    loadRhythm(db),
    loadComplianceSettings(db),
    db.siteMappings.toArray(),
    db.targets.toArray(),
    loadTargetSettings(db),
  ]);
  return {
    scripts: scripts
      .map(readScriptRecord)
      .flatMap((read) => (read.ok ? [{ id: read.record.id, document: read.document }] : []))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    objections: {
      locale,
      entries: objections
        .map(({ id, category, title, keywords, rebuttals }) => ({ id, category, title, keywords, rebuttals }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    },
    outcomes: outcomes
      .filter((outcome) => outcome.archived !== 1)
      .map(({ id, order, label, hotkey, flags, needsAmount, addsToDnc }) => ({
        id,
        order,
        label: { en: label.en, 'zh-CN': label['zh-CN'] },
        ...(hotkey ? { hotkey } : {}),
        flags,
        needsAmount,
        addsToDnc,
      })),
    effectiveSeconds,
    calendar: calendar.map(({ day, kind, name }) => ({ day, kind, ...(name ? { name } : {}) })),
    rhythm,
    compliance,
    siteMappings: mappings.map(({ id, origin, pathPattern, field, selector, labelAnchor }) => ({
      id,
      origin,
      pathPattern,
      field,
      selector,
      ...(labelAnchor ? { labelAnchor } : {}),
    })),
    targets: {
      stretchFactor: targetSettings.stretchFactor ?? DEFAULT_STRETCH_FACTOR,
      targets: targets.map(({ period, periodKey, kpi, value }) => ({ period, periodKey, kpi, floor: value })),
    },
  };
}

/** The reps the lead has summaries from, for a target per rep. */
export async function knownReps(db: CallsideDatabase = getDatabase()): Promise<{ repId: string; name: string }[]> {
  const reps = await db.teamReps.toArray();
  return reps.map((rep) => ({ repId: rep.repId, name: rep.name || rep.repId })).sort((a, b) => a.name.localeCompare(b.name));
}
