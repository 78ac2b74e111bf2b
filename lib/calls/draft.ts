import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { complianceOverrideSchema } from '../db/records';

/**
 * The call being made, saved as it changes so a closed panel, a killed service
 * worker or a browser restart loses nothing. Several features write into it
 * (call flow, script path and checklist, used rebuttals), so every writer
 * patches only its own fields, atomically, and never puts a whole draft back
 * from memory.
 */
export const callDraftSchema = z.object({
  id: z.string(),
  updatedAt: z.number(),
  /** Set when "Start call" is pressed; unset while the rep only reads the script. */
  startedAt: z.optional(z.number()),
  customerName: z.optional(z.string()),
  phoneRaw: z.optional(z.string()),
  phoneE164: z.optional(z.string()),
  recordUrl: z.optional(z.string()),
  pageTitle: z.optional(z.string()),
  outcomeId: z.optional(z.string()),
  amount: z.optional(z.number()),
  notes: z._default(z.string(), ''),
  followUpAt: z.optional(z.number()),
  scriptId: z.optional(z.string()),
  /** Node ids visited in the script, in order. */
  scriptPath: z._default(z.array(z.string()), []),
  /** Checklist item ids ticked. */
  checklistDone: z._default(z.array(z.string()), []),
  /** Labels of required checklist items not yet ticked; a connected call cannot be saved while any remain. */
  requiredPending: z._default(z.array(z.string()), []),
  /** Rebuttal ids marked "used" during this call. */
  rebuttalsUsed: z._default(z.array(z.string()), []),
  overrides: z._default(z.array(complianceOverrideSchema), []),
});
export type CallDraft = z.infer<typeof callDraftSchema>;
export type DraftPatch = Partial<Omit<CallDraft, 'id' | 'updatedAt'>>;

function emptyDraft(id: string, now: number): CallDraft {
  return { id, updatedAt: now, notes: '', scriptPath: [], checklistDone: [], requiredPending: [], rebuttalsUsed: [], overrides: [] };
}

export async function loadDraft(draftId: string, db: CallsideDatabase = getDatabase()): Promise<CallDraft> {
  const row = await db.drafts.get(draftId);
  const parsed = callDraftSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : emptyDraft(draftId, row?.updatedAt ?? 0);
}

/**
 * Applies a patch inside one transaction. `update` may compute the patch from
 * the stored draft (e.g. append to a list), so concurrent writers never lose
 * each other's fields.
 */
export async function patchDraft(
  draftId: string,
  update: DraftPatch | ((current: CallDraft) => DraftPatch),
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<CallDraft> {
  return db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(draftId);
    const parsed = callDraftSchema.safeParse(row?.value);
    const current = parsed.success ? parsed.data : emptyDraft(draftId, now);
    const patch = typeof update === 'function' ? update(current) : update;
    const next = callDraftSchema.parse({ ...current, ...patch, id: draftId, updatedAt: now });
    await db.drafts.put({ id: draftId, updatedAt: now, value: next });
    return next;
  });
}

export async function clearDraft(draftId: string, db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.drafts.delete(draftId);
}
