import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { complianceOverrideSchema, type Draft } from '../db/records';
import { explainStorageFailure } from '../db/storage-errors';
import { forgetKeptDraft, keepDraft, keptDraft, newerDraft, peekKeptDraft } from './draft-keeper';

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

/** A draft with no call on it (what the slot reads as once a call is saved or discarded). */
export function emptyDraft(id: string, now: number): CallDraft {
  return { id, updatedAt: now, notes: '', scriptPath: [], checklistDone: [], requiredPending: [], rebuttalsUsed: [], overrides: [] };
}

// Several live queries of one panel read the same draft row after each write; Dexie hands
// them the same object, so it is validated once, not once per query.
const parsedRows = new WeakMap<object, CallDraft | undefined>();
function parseStoredDraft(value: unknown): CallDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (parsedRows.has(value)) return parsedRows.get(value);
  const parsed = callDraftSchema.safeParse(value);
  parsedRows.set(value, parsed.success ? parsed.data : undefined);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The draft as stored, or the newer copy kept aside while the database could
 * not take it (see draft-keeper.ts). If the database cannot be read at all,
 * the kept copy is still shown.
 */
export async function loadDraft(draftId: string, db: CallsideDatabase = getDatabase()): Promise<CallDraft> {
  let row: Draft | undefined;
  try {
    row = await db.drafts.get(draftId);
  } catch (error) {
    const kept = await keptDraft(draftId);
    if (kept) return kept;
    throw error;
  }
  const stored = parseStoredDraft(row?.value);
  // Only the page's first look for a kept copy is awaited; after it, no non-Dexie await breaks a live query.
  const peek = peekKeptDraft(draftId);
  const kept = peek.looked ? peek.draft : await keptDraft(draftId);
  return newerDraft(stored, kept) ?? emptyDraft(draftId, row?.updatedAt ?? 0);
}

/**
 * Applies a patch inside one transaction. `update` may compute the patch from
 * the stored draft (e.g. append to a list), so concurrent writers never lose
 * each other's fields. When the database refuses the write (disk full, closed),
 * the patched draft is kept aside and the error is thrown for the UI to name;
 * the next write that succeeds brings the kept draft back into the database.
 */
export async function patchDraft(
  draftId: string,
  update: DraftPatch | ((current: CallDraft) => DraftPatch),
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<CallDraft> {
  // From memory once looked up, with no await: the write's request goes out before the render the
  // rep's key or click also queued (an await here would let that render run first).
  const peek = peekKeptDraft(draftId);
  const kept = peek.looked ? peek.draft : await keptDraft(draftId);
  const apply = (current: CallDraft) => {
    const patch = typeof update === 'function' ? update(current) : update;
    return callDraftSchema.parse({ ...current, ...patch, id: draftId, updatedAt: now });
  };
  let next: CallDraft | undefined;
  try {
    next = await db.transaction('rw', db.drafts, async () => {
      const row = await db.drafts.get(draftId);
      const parsed = callDraftSchema.safeParse(row?.value);
      const current = newerDraft(parsed.success ? parsed.data : undefined, kept) ?? emptyDraft(draftId, now);
      next = apply(current);
      await db.drafts.put({ id: draftId, updatedAt: now, value: next });
      return next;
    });
  } catch (error) {
    if (error instanceof z.core.$ZodError) throw error;
    await keepDraft(next ?? apply(kept ?? emptyDraft(draftId, now)));
    throw await explainStorageFailure(error);
  }
  if (kept) await forgetKeptDraft(draftId);
  return next;
}

export async function clearDraft(draftId: string, db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.drafts.delete(draftId);
  await forgetKeptDraft(draftId);
}
