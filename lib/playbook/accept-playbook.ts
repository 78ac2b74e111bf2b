// Rep side: the accepted areas of a validated pack, written in one
// transaction; every area not accepted keeps the rep's own content. The
// accepted version is recorded in the team settings, which the next summary
// carries (lib/team/build-summary.ts).
import { saveComplianceSettings } from '../compliance/compliance-settings';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CalendarDay, ObjectionRecord, OutcomeRecord, ScriptRecord, SiteMapping } from '../db/records';
import { loadProfile, saveProfile } from '../settings/settings';
import { setTarget } from '../targets/target-store';
import type { SummaryTargetAnswers } from '../team/summary-schema';
import { saveTargetAnswers } from '../team/summary-target-answers';
import { saveTeamSettings } from '../team/team-settings';
import { proposedTargetsFor } from './playbook-diff';
import type { Playbook, PlaybookArea } from './playbook-schema';
import { saveRhythm } from './playbook-state';

export interface AcceptInput {
  pack: Playbook;
  areas: ReadonlySet<PlaybookArea>;
  repId: string;
  browserLanguage: string;
  now: number;
  /**
   * The rep's answers to the proposed targets (lib/playbook/target-answer.ts):
   * each answered target is set to its agreed number, the rest stay as they are.
   * Without answers, accepting the targets area accepts every proposed target.
   */
  targetAnswers?: SummaryTargetAnswers | null;
}

/** Every proposed target taken as it stands: the answer recorded when the targets area is accepted whole. */
function allAccepted(pack: Playbook, repId: string, now: number): SummaryTargetAnswers {
  return {
    playbookVersion: pack.playbookVersion,
    answeredAt: now,
    targets: proposedTargetsFor(pack, repId).map((target) => ({
      period: target.period,
      periodKey: target.periodKey,
      kpi: target.kpi,
      proposed: target.floor,
      answer: 'accepted' as const,
      agreed: target.floor,
    })),
  };
}

/** Writes the accepted areas and records "playbook vN accepted on <day>"; all of it or nothing. */
export async function acceptPlaybook(
  { pack, areas, repId, browserLanguage, now, targetAnswers }: AcceptInput,
  db: CallsideDatabase = getDatabase(),
): Promise<void> {
  // Read before the transaction: inside it only Dexie work runs.
  const [profileLoad, existingScripts, existingObjections, existingOutcomes] = await Promise.all([
    loadProfile(browserLanguage, db),
    db.scripts.toArray(),
    db.objections.where('locale').equals(pack.objections.locale).toArray(),
    db.outcomes.toArray(),
  ]);
  const tables = [
    db.scripts,
    db.scriptVersions,
    db.objections,
    db.outcomes,
    db.targets,
    db.targetHistory,
    db.calendar,
    db.siteMappings,
    db.settings,
  ];
  const answers = areas.has('targets') ? (targetAnswers ?? allAccepted(pack, repId, now)) : null;
  await db.transaction('rw', tables, async () => {
    if (areas.has('scripts')) {
      const keep = new Set(pack.scripts.map((script) => script.id));
      const gone = existingScripts.filter((script) => !keep.has(script.id)).map((script) => script.id);
      await db.scripts.bulkDelete(gone);
      await db.scriptVersions.where('scriptId').anyOf(gone).delete();
      const records: ScriptRecord[] = pack.scripts.map(({ id, document }) => ({
        id,
        name: document.name,
        industry: document.industry,
        locale: document.locale,
        body: document,
        updatedAt: now,
      }));
      await db.scripts.bulkPut(records);
      await db.scriptVersions.bulkAdd(
        records.map((record) => ({ id: crypto.randomUUID(), scriptId: record.id, savedAt: now, body: record.body })),
      );
    }
    if (areas.has('objections')) {
      const keep = new Set(pack.objections.entries.map((entry) => entry.id));
      await db.objections.bulkDelete(existingObjections.filter((objection) => !keep.has(objection.id)).map((objection) => objection.id));
      const records: ObjectionRecord[] = pack.objections.entries.map((entry) => ({
        ...entry,
        locale: pack.objections.locale,
        updatedAt: now,
      }));
      await db.objections.bulkPut(records);
    }
    if (areas.has('outcomes')) {
      // Outcomes the pack leaves out are archived, not deleted: old calls still name them.
      const keep = new Set(pack.outcomes.map((outcome) => outcome.id));
      const archived: OutcomeRecord[] = existingOutcomes
        .filter((outcome) => !keep.has(outcome.id))
        .map((outcome) => ({ ...outcome, archived: 1, hotkey: undefined }));
      const records: OutcomeRecord[] = pack.outcomes.map((outcome) => ({ ...outcome, archived: 0 }));
      await db.outcomes.bulkPut([...archived, ...records]);
      await saveProfile({ ...profileLoad.profile, effectiveSeconds: pack.effectiveSeconds }, db);
    }
    if (answers) {
      for (const target of answers.targets) {
        const set = await setTarget(
          {
            periodKey: target.periodKey,
            kpi: target.kpi,
            floor: target.agreed,
            stretchFactor: pack.targets.stretchFactor,
            reason:
              target.answer === 'accepted'
                ? `playbook v${pack.playbookVersion}`
                : `playbook v${pack.playbookVersion}: own number (proposed ${target.proposed})`,
          },
          now,
          db,
        );
        // Throwing aborts the transaction: nothing of the pack is written.
        if (!set.ok) throw new Error(`target ${target.periodKey} ${target.kpi}: ${set.error.code}`);
      }
      if (answers.targets.length) await saveTargetAnswers(answers, db);
    }
    if (areas.has('calendar')) {
      await db.calendar.clear();
      const rows: CalendarDay[] = pack.calendar.map((entry) => ({ ...entry, source: 'user' }));
      await db.calendar.bulkPut(rows);
    }
    if (areas.has('rhythm')) await saveRhythm(pack.rhythm, db);
    if (areas.has('compliance')) await saveComplianceSettings(pack.compliance, db);
    if (areas.has('siteMappings')) {
      await db.siteMappings.clear();
      const rows: SiteMapping[] = pack.siteMappings.map((mapping) => ({ ...mapping, updatedAt: now }));
      await db.siteMappings.bulkPut(rows);
    }
    await saveTeamSettings({ playbook: { version: pack.playbookVersion, acceptedAt: now } }, db);
  });
}
