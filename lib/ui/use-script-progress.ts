import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { type CallDraft, type DraftPatch, loadDraft, patchDraft } from '../calls/draft';
import type { Translate } from '../i18n';
import { chooseScript } from '../scripts/call-checklist';
import {
  backPatch,
  branchForKey,
  chooseScriptPatch,
  MAX_BRANCH_KEYS,
  moveToPatch,
  progressOn,
  type ReadyScript,
  restartPatch,
  type ScriptProgress,
  stageStart,
  syncPatch,
  tickPatch,
} from '../scripts/script-progress';
import { listScripts } from '../scripts/script-repository';
import type { ValueLookup } from '../scripts/template';
import { setTypedValue, typedValuesFor } from '../scripts/typed-values';
import { createValueLookup } from '../scripts/variables';
import { type Profile, resolveLanguage } from '../settings/settings';
import type { PanelServices } from './panel-services';
import { storageErrorText } from './storage-error-text';
import { isTypingTarget } from './use-call-keys';
import { useLiveQuery } from './use-live-query';
import { useOptimisticTicks } from './use-optimistic-ticks';
import type { PageState } from './use-page-context';
import { useRegisteredActions } from './use-registered-actions';

export interface ScriptProgressView {
  /** Scripts still loading (the defaults are seeded when first run completes, lib/content/default-content.ts). */
  loading: boolean;
  storageError?: string;
  /** The draft's script exists but its stored body is not valid. */
  invalidProblem?: string;
  scripts: readonly ReadyScript[];
  active?: ReadyScript;
  progress?: ScriptProgress;
  lookup: ValueLookup;
  isTicked(itemId: string): boolean;
  moveTo(nodeId: string): void;
  jumpToStage(stageId: string): void;
  back(): void;
  restart(): void;
  chooseScript(scriptId: string): void;
  toggleItem(itemId: string, done: boolean): void;
  fill(variable: string, value: string): void;
}

/** The call script's progress for the Script section: read, kept in step on the draft, and driven by keys and the palette. */
export function useScriptProgress(
  { services, profile, page, draftId }: { services: PanelServices; profile: Profile; page: PageState; draftId: string },
  t: Translate,
): ScriptProgressView {
  const { db } = services;
  const language = resolveLanguage(profile, services.browserLanguage);
  const [storageError, setStorageError] = useState<string>();
  const report = (error: unknown) => setStorageError(storageErrorText(error, t));
  // Every draft write goes through here, so a full disk or a blocked database is shown, not swallowed.
  const patch = (update: DraftPatch | ((current: CallDraft) => DraftPatch)) => patchDraft(draftId, update, db, services.now());
  const write = (update: DraftPatch | ((current: CallDraft) => DraftPatch)) => void patch(update).catch(report);

  const scriptsState = useLiveQuery(() => listScripts(db), [db]);
  const draftState = useLiveQuery(() => loadDraft(draftId, db), [db, draftId]);
  const draft = draftState.status === 'ready' ? draftState.value : undefined;
  const stored = scriptsState.status === 'ready' ? scriptsState.value : [];
  const scripts = stored.filter((script): script is ReadyScript => script.ok);
  const active = draft ? chooseScript(stored, draft.scriptId, language, profile.industry) : undefined;
  const progress = active ? progressOn(draft, active) : undefined;

  // Keeps the draft in step with the script on screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the draft or the script on screen changes shape
  useEffect(() => {
    if (!draft || !active || Object.keys(syncPatch(draft, active)).length === 0) return;
    write((current) => syncPatch(current, active));
  }, [draft?.scriptId, draft?.scriptPath.length, draft?.requiredPending.join('\n'), active?.record.id, active?.record.updatedAt]);

  const ticks = useOptimisticTicks(
    progress?.checklistDone ?? [],
    (itemId, done) => (active ? patch((current) => tickPatch(current, active, itemId, done)) : Promise.resolve()),
    report,
    `${draft?.startedAt}:${active?.record.id}`,
  );

  const moveTo = (nodeId: string) => active && write((current) => moveToPatch(current, active, nodeId));
  const view = {
    moveTo,
    jumpToStage: (stageId: string) => active && moveTo(stageStart(active.document, stageId)),
    back: () => write(backPatch),
    restart: () => active && write(restartPatch(active)),
  };

  // Shift+1..9 picks the customer's response, unless the rep is typing (a gap, the script picker).
  // A layout effect: the keys work from the first frame that shows the step (a plain effect runs after
  // paint, later still on a busy machine, and a quick press in between was lost).
  const node = progress?.node;
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebinds when the step, script or draft changes
  useLayoutEffect(() => {
    if (!node || node.branches.length === 0) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const branch = branchForKey(node, event);
      if (!branch) return;
      event.preventDefault();
      moveTo(branch.next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [node, active?.record.id, draftId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: relisted when the step, script or ticks change
  const paletteActions = useMemo(() => {
    if (!active || !node) return [];
    const script = active.document;
    const group = t('palette.group.script');
    return [
      ...node.branches.map((branch, index) => ({
        id: `script-branch-${branch.id}`,
        group,
        title: t('command.scriptBranch', { label: branch.label }),
        shortcut: index < MAX_BRANCH_KEYS ? t('script.branchShortcut', { key: index + 1 }) : undefined,
        run: () => moveTo(branch.next),
      })),
      ...script.stages
        .filter((stage) => script.nodes.some((candidate) => candidate.stageId === stage.id))
        .map((stage) => ({
          id: `script-stage-${stage.id}`,
          group,
          title: t('command.scriptStage', { stage: stage.title }),
          keywords: [stage.kind],
          run: () => moveTo(stageStart(script, stage.id)),
        })),
      ...script.checklist.map((item) => {
        const done = ticks.isTicked(item.id);
        return {
          id: `script-check-${item.id}`,
          group,
          title: t(done ? 'command.scriptUntick' : 'command.scriptTick', { item: item.label }),
          keywords: ['checklist', '检查'],
          run: () => ticks.toggle(item.id, !done),
        };
      }),
      { id: 'script-back', group, title: t('command.scriptBack'), run: view.back },
      { id: 'script-restart', group, title: t('command.scriptRestart'), run: view.restart },
    ];
  }, [active?.record.id, active?.record.updatedAt, node?.id, progress?.checklistDone.join('\n'), t, draftId]);
  useRegisteredActions(services.commands, 'scripts', paletteActions);

  const recordKey = page.status === 'ready' ? page.context.url : '';
  const [typed, setTyped] = useState(() => typedValuesFor(recordKey));
  useEffect(() => setTyped(typedValuesFor(recordKey)), [recordKey]);
  const variables = active?.document.variables;
  const lookup = useMemo(
    () => createValueLookup({ page: page.status === 'ready' ? page.context : undefined, profile, typed, variables: variables ?? [] }),
    [page, profile, typed, variables],
  );

  const invalid = stored.find((candidate) => !candidate.ok && candidate.record.id === draft?.scriptId);
  return {
    loading: scriptsState.status === 'loading',
    storageError,
    invalidProblem: invalid && !invalid.ok ? invalid.error.detail : undefined,
    scripts,
    active,
    progress,
    lookup,
    isTicked: ticks.isTicked,
    ...view,
    chooseScript(scriptId) {
      const next = scripts.find((candidate) => candidate.record.id === scriptId);
      if (next) write(chooseScriptPatch(next));
    },
    toggleItem: ticks.toggle,
    fill: (variable, value) => setTyped(setTypedValue(recordKey, variable, value)),
  };
}
