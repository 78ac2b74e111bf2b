// The rep's answer to the targets a playbook proposed, kept as a setting on
// the rep's machine and carried by every summary they export after it, so
// the lead sees proposed and agreed side by side (targets agreed, not imposed).
import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { readSetting, writeSetting } from '../settings/settings';
import { type SummaryTargetAnswers, summaryTargetAnswersSchema } from './summary-schema';

const TARGET_ANSWERS_KEY = 'playbook.targetAnswers';
const storedSchema = z.nullable(summaryTargetAnswersSchema);

/** The last answer, or null before the rep answered any playbook's targets. */
export function loadTargetAnswers(db: CallsideDatabase = getDatabase()): Promise<SummaryTargetAnswers | null> {
  return readSetting(TARGET_ANSWERS_KEY, storedSchema, null, db);
}

/** Validated whole before it is written (throws a ZodError on bad input). */
export function saveTargetAnswers(answers: SummaryTargetAnswers, db: CallsideDatabase = getDatabase()): Promise<void> {
  return writeSetting(TARGET_ANSWERS_KEY, storedSchema, answers, db);
}
