import type { CallDraft, DraftPatch } from '../calls/draft';
import { findNode, firstNodeOfStage, pendingRequiredLabels, type ScriptDocument, type ScriptNode } from './script-model';
import type { StoredScript } from './script-repository';

/**
 * Where the rep is in the call's script, as recorded on the draft: the script,
 * the path of steps taken (it starts at the script's first step), the
 * checklist ticks and the required items still open. Pure: the hook in
 * lib/ui/use-script-progress.ts writes the patches.
 */
export type ReadyScript = Extract<StoredScript, { ok: true }>;

/** Branch keys carry this modifier, so bare number keys stay the call's outcome keys. */
export const SCRIPT_BRANCH_MODIFIER = 'Shift';
/** Branches 1-9 have a key. */
export const MAX_BRANCH_KEYS = 9;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

export interface ScriptProgress {
  /** The steps taken on this script (ids that no longer exist are skipped). */
  path: string[];
  node: ScriptNode;
  checklistDone: readonly string[];
  pendingRequired: string[];
}

/** The draft's progress on `active` (nothing carried over from another script). */
export function progressOn(draft: CallDraft | undefined, active: ReadyScript): ScriptProgress {
  const own = draft?.scriptId === active.record.id;
  const path = own ? draft.scriptPath.filter((id) => findNode(active.document, id)) : [];
  const node = findNode(active.document, path[path.length - 1]) ?? findNode(active.document, active.document.startNodeId);
  const checklistDone = own ? draft.checklistDone : [];
  // A schema-valid script always has its start node; the fallback only guards a hand-edited body.
  const fallback = active.document.nodes[0] as ScriptNode;
  return { path, node: node ?? fallback, checklistDone, pendingRequired: pendingRequiredLabels(active.document, checklistDone) };
}

/**
 * What brings the draft in step with the script on screen: which script, a
 * path that starts at its first step, and the required items still open.
 * Empty when it already is (so the hook writes nothing).
 */
export function syncPatch(current: CallDraft, active: ReadyScript): DraftPatch {
  const scriptId = active.record.id;
  const sameScript = current.scriptId === scriptId;
  const scriptPath = sameScript && current.scriptPath.length ? current.scriptPath : [active.document.startNodeId];
  const checklistDone = sameScript ? current.checklistDone : [];
  const requiredPending = pendingRequiredLabels(active.document, checklistDone);
  if (sameScript && sameList(scriptPath, current.scriptPath) && sameList(requiredPending, current.requiredPending)) return {};
  return { scriptId, scriptPath, checklistDone, requiredPending };
}

// A step or a tick builds on the draft as it is once in step with the script on screen (syncPatch),
// not on the stored draft alone: a click can land before the panel's own sync write (a slow machine
// runs effects late), and the path must still start at the first step, with no ticks from another script.
export function moveToPatch(current: CallDraft, active: ReadyScript, nodeId: string): DraftPatch {
  const sync = syncPatch(current, active);
  return { ...sync, scriptPath: [...(sync.scriptPath ?? current.scriptPath), nodeId] };
}

/** One step back; the first step stays. */
export function backPatch(current: CallDraft): DraftPatch {
  return { scriptPath: current.scriptPath.slice(0, Math.max(1, current.scriptPath.length - 1)) };
}

export function restartPatch(active: ReadyScript): DraftPatch {
  return { scriptPath: [active.document.startNodeId] };
}

/** The rep switched scripts: the new one starts from its first step with nothing ticked. */
export function chooseScriptPatch(next: ReadyScript): DraftPatch {
  return {
    scriptId: next.record.id,
    scriptPath: [next.document.startNodeId],
    checklistDone: [],
    requiredPending: pendingRequiredLabels(next.document, []),
  };
}

export function tickPatch(current: CallDraft, active: ReadyScript, itemId: string, done: boolean): DraftPatch {
  const sync = syncPatch(current, active);
  const ticked = sync.checklistDone ?? current.checklistDone;
  const checklistDone = done ? [...new Set([...ticked, itemId])] : ticked.filter((id) => id !== itemId);
  return { ...sync, checklistDone, requiredPending: pendingRequiredLabels(active.document, checklistDone) };
}

/** The first step of a stage (the script's start when the stage has none). */
export function stageStart(script: ScriptDocument, stageId: string): string {
  return firstNodeOfStage(script, stageId)?.id ?? script.startNodeId;
}

/** The branch a key press picks: Shift+1..9 by physical key (Shift+1 types "!" as its key). */
export function branchForKey(node: ScriptNode, press: { code: string; shiftKey: boolean }): ScriptNode['branches'][number] | undefined {
  if (!press.shiftKey) return undefined;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(press.code);
  return match ? node.branches[Number(match[1]) - 1] : undefined;
}
