import { type CallDraft, type DraftPatch, loadDraft, patchDraft } from '../calls/draft';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { type Profile, resolveLanguage } from '../settings/settings';
import { pendingRequiredLabels } from './script-model';
import { loadScript, type StoredScript } from './script-repository';

type ReadyScript = Extract<StoredScript, { ok: true }>;

/** The call's script: the one already on the draft, else the profile's language and industry. */
export function chooseScript(scripts: readonly StoredScript[], draftScriptId: string | undefined, language: string, industry: string) {
  const usable = scripts.filter((script): script is ReadyScript => script.ok);
  return (
    usable.find((script) => script.record.id === draftScriptId) ??
    usable.find((script) => script.record.locale === language && script.record.industry === industry) ??
    usable.find((script) => script.record.locale === language) ??
    usable[0]
  );
}

/**
 * What puts the rep's script on a call that starts without one (the Script
 * section was never opened), so its required checklist gates saving a
 * connected call whichever section the rep worked from. Only stored scripts
 * are used (default content is seeded once, lib/content/default-content.ts):
 * with none, or a script already on the draft, the patch is empty.
 */
export function scriptAttachPatch(
  draft: Pick<CallDraft, 'scriptId' | 'checklistDone'>,
  scripts: readonly StoredScript[],
  profile: Pick<Profile, 'language' | 'industry'>,
  browserLanguage: string,
): DraftPatch {
  if (draft.scriptId) return {};
  const active = chooseScript(scripts, undefined, resolveLanguage(profile, browserLanguage), profile.industry);
  if (!active) return {};
  return {
    scriptId: active.record.id,
    scriptPath: [active.document.startNodeId],
    requiredPending: pendingRequiredLabels(active.document, draft.checklistDone),
  };
}

export interface RequiredItem {
  id: string;
  label: string;
  done: boolean;
}

/** Ticks or unticks one checklist item and keeps the draft's pending required labels in step. */
export async function setChecklistItem(
  draftId: string,
  itemId: string,
  done: boolean,
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<void> {
  const draft = await loadDraft(draftId, db);
  const stored = draft.scriptId ? await loadScript(draft.scriptId, db) : undefined;
  await patchDraft(
    draftId,
    (current) => {
      const checklistDone = done ? [...new Set([...current.checklistDone, itemId])] : current.checklistDone.filter((id) => id !== itemId);
      return stored?.ok ? { checklistDone, requiredPending: pendingRequiredLabels(stored.document, checklistDone) } : { checklistDone };
    },
    db,
    now,
  );
}
