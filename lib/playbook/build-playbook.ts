// Lead side: a pack from the lead's own settings plus the targets they propose
// per rep. The pack's changelog grows by one entry per export (kept as a setting).
import * as z from 'zod/mini';
import { dayKeyOf } from '../calendar';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { writeFile } from '../formats/envelope';
import { readSetting, writeSetting } from '../settings/settings';
import {
  changelogEntrySchema,
  PLAYBOOK_FORMAT,
  PLAYBOOK_FORMAT_VERSION,
  type Playbook,
  type PlaybookTargets,
  playbookFileFormat,
  playbookFileName,
  playbookTargetsSchema,
} from './playbook-schema';
import { readPlaybookState } from './playbook-state';

const LEAD_KEY = 'playbook.lead';
const leadHistorySchema = z.object({
  lastVersion: z.int(),
  changelog: z.array(changelogEntrySchema),
  /** The targets the last pack proposed, so the team view can set them beside the reps' answers. */
  targets: z.optional(playbookTargetsSchema),
});
type LeadHistory = z.infer<typeof leadHistorySchema>;

export function loadLeadHistory(db: CallsideDatabase = getDatabase()): Promise<LeadHistory> {
  return readSetting(LEAD_KEY, leadHistorySchema, { lastVersion: 0, changelog: [] }, db);
}

export interface PlaybookExportInput {
  locale: 'en' | 'zh-CN';
  effectiveSeconds: number;
  team: string;
  lead: string;
  /** What changed in this version, for the reps. */
  changes: string;
  targets: PlaybookTargets;
  now: number;
}

/** Builds the next version's pack (validated by the schema) and its file name; records the version as exported. */
export async function exportPlaybook(
  input: PlaybookExportInput,
  db: CallsideDatabase = getDatabase(),
): Promise<{ pack: Playbook; text: string; fileName: string }> {
  const [state, history] = await Promise.all([readPlaybookState(input.locale, input.effectiveSeconds, db), loadLeadHistory(db)]);
  const playbookVersion = history.lastVersion + 1;
  const day = dayKeyOf(input.now);
  const changelog = [...history.changelog, { version: playbookVersion, day, text: input.changes.trim() }].slice(-500);
  const pack: Playbook = {
    format: PLAYBOOK_FORMAT,
    version: PLAYBOOK_FORMAT_VERSION,
    playbookVersion,
    createdAt: input.now,
    team: input.team,
    lead: input.lead,
    changelog,
    scripts: state.scripts,
    objections: state.objections,
    outcomes: state.outcomes,
    effectiveSeconds: state.effectiveSeconds,
    targets: input.targets,
    calendar: state.calendar,
    rhythm: state.rhythm,
    compliance: state.compliance,
    siteMappings: state.siteMappings,
  };
  // writeFile validates first: a pack Callside writes is one it reads.
  const text = writeFile(playbookFileFormat, pack);
  await writeSetting(LEAD_KEY, leadHistorySchema, { lastVersion: playbookVersion, changelog, targets: input.targets }, db);
  return { pack, text, fileName: playbookFileName(playbookVersion, day) };
}
