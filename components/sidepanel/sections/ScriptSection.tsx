import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadDraft, patchDraft } from '../../../lib/calls/draft';
import { describeStorageError } from '../../../lib/db/storage-errors';
import { chooseScript } from '../../../lib/scripts/call-checklist';
import { ensureDefaultContent } from '../../../lib/scripts/default-content';
import { findNode, firstNodeOfStage, pendingRequiredLabels } from '../../../lib/scripts/script-model';
import { listScripts, type StoredScript } from '../../../lib/scripts/script-repository';
import { setTypedValue, typedValuesFor } from '../../../lib/scripts/typed-values';
import { createValueLookup } from '../../../lib/scripts/variables';
import { resolveLanguage } from '../../../lib/settings/settings';
import { useLiveQuery } from '../../../lib/ui/use-live-query';
import { useRegisteredActions } from '../../../lib/ui/use-registered-actions';
import { isTypingTarget } from '../../calls/format';
import { ScriptView } from '../../scripts/ScriptView';
import { variableLabel } from '../../scripts/variable-label';
import { useI18n } from '../../shared/i18n';
import type { SectionProps } from './section-props';

type ReadyScript = Extract<StoredScript, { ok: true }>;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

export function ScriptSection({ services, profile, page, draftId }: SectionProps) {
  const { db } = services;
  const { t } = useI18n();
  const language = resolveLanguage(profile, services.browserLanguage);
  const [seeded, setSeeded] = useState(false);
  const [storageError, setStorageError] = useState<string>();
  const report = (error: unknown) => setStorageError(describeStorageError(error, t));
  // Every draft write goes through here, so a full disk or a blocked database is shown, not swallowed.
  const patch = (update: Parameters<typeof patchDraft>[1]) => {
    void patchDraft(draftId, update, db, services.now()).catch(report);
  };
  useEffect(() => {
    void ensureDefaultContent(profile, db, services.browserLanguage)
      .catch(report)
      .finally(() => setSeeded(true));
  }, [db, profile.language, profile.industry]);

  const scriptsState = useLiveQuery(() => listScripts(db), [db]);
  const draftState = useLiveQuery(() => loadDraft(draftId, db), [db, draftId]);
  const draft = draftState.status === 'ready' ? draftState.value : undefined;
  const scripts = scriptsState.status === 'ready' ? scriptsState.value : [];
  const active = draft ? chooseScript(scripts, draft.scriptId, language, profile.industry) : undefined;
  const script = active?.document;

  const recordKey = page.status === 'ready' ? page.context.url : '';
  const [typed, setTyped] = useState(() => typedValuesFor(recordKey));
  useEffect(() => setTyped(typedValuesFor(recordKey)), [recordKey]);

  const pathOnScript =
    draft && active && draft.scriptId === active.record.id ? draft.scriptPath.filter((id) => findNode(active.document, id)) : [];
  const currentNode = script
    ? (findNode(script, pathOnScript[pathOnScript.length - 1]) ?? findNode(script, script.startNodeId))
    : undefined;
  const checklistDone = draft && active && draft.scriptId === active.record.id ? draft.checklistDone : [];
  const pending = script ? pendingRequiredLabels(script, checklistDone) : [];

  // Keeps the draft in step with the script on screen: which script, a path that
  // starts at its first step, and the required items still open.
  useEffect(() => {
    if (!draft || !active) return;
    const scriptId = active.record.id;
    const expected = pendingRequiredLabels(active.document, draft.checklistDone);
    if (draft.scriptId === scriptId && draft.scriptPath.length && sameList(expected, draft.requiredPending)) return;
    patch((current) => {
      const sameScript = current.scriptId === scriptId;
      const path = sameScript && current.scriptPath.length ? current.scriptPath : [active.document.startNodeId];
      const done = sameScript ? current.checklistDone : [];
      const required = pendingRequiredLabels(active.document, done);
      if (sameScript && sameList(path, current.scriptPath) && sameList(required, current.requiredPending)) return {};
      return { scriptId, scriptPath: path, checklistDone: done, requiredPending: required };
    });
  }, [draft?.scriptId, draft?.scriptPath.length, draft?.requiredPending.join('\n'), active?.record.id, active?.record.updatedAt]);

  const moveTo = (nodeId: string) => {
    if (!active) return;
    patch((current) => ({ scriptId: active.record.id, scriptPath: [...current.scriptPath, nodeId] }));
  };
  const back = () => patch((current) => ({ scriptPath: current.scriptPath.slice(0, Math.max(1, current.scriptPath.length - 1)) }));
  const restart = () => active && patch({ scriptPath: [active.document.startNodeId] });
  const chooseOther = (scriptId: string) => {
    const next = scripts.find((candidate): candidate is ReadyScript => candidate.ok && candidate.record.id === scriptId);
    if (!next) return;
    patch({
      scriptId,
      scriptPath: [next.document.startNodeId],
      checklistDone: [],
      requiredPending: pendingRequiredLabels(next.document, []),
    });
  };

  // Keys 1-9 pick the customer's response, unless the rep is typing (a gap, the script picker).
  useEffect(() => {
    if (!currentNode || currentNode.branches.length === 0) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const branch = /^[1-9]$/.test(event.key) ? currentNode.branches[Number(event.key) - 1] : undefined;
      if (!branch) return;
      event.preventDefault();
      moveTo(branch.next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [currentNode, active?.record.id, draftId]);

  const paletteActions = useMemo(() => {
    if (!script) return [];
    return [
      ...script.stages
        .filter((stage) => firstNodeOfStage(script, stage.id))
        .map((stage) => ({
          id: `script-stage-${stage.id}`,
          title: t('command.scriptStage', { stage: stage.title }),
          keywords: [stage.kind],
          run: () => moveTo(firstNodeOfStage(script, stage.id)?.id ?? script.startNodeId),
        })),
      { id: 'script-back', title: t('command.scriptBack'), run: back },
      { id: 'script-restart', title: t('command.scriptRestart'), run: restart },
    ];
  }, [script, active?.record.id, t, draftId]);
  useRegisteredActions(services.commands, 'scripts', paletteActions);

  const lookup = useMemo(
    () =>
      createValueLookup({
        page: page.status === 'ready' ? page.context : undefined,
        profile,
        typed,
        variables: script?.variables ?? [],
      }),
    [page, profile, typed, script],
  );
  const labelFor = (key: string) => variableLabel(key, script, t);

  const invalid = scripts.find((candidate) => !candidate.ok && candidate.record.id === draft?.scriptId);
  return (
    <section aria-label={t('script.region')} class="stack">
      {storageError && (
        <p role="alert" class="error">
          {storageError}
        </p>
      )}
      {invalid && !invalid.ok && (
        <p role="alert" class="error">
          {t('script.invalid', { problem: invalid.problem })}
        </p>
      )}
      {!script || !currentNode || !active ? (
        <p class="muted">{scriptsState.status === 'loading' || !seeded ? t('script.loading') : t('script.none')}</p>
      ) : (
        <>
          {scripts.length > 1 && (
            <label class="script-picker">
              <span>{t('script.choose')}</span>
              <select value={active.record.id} onChange={(event) => chooseOther(event.currentTarget.value)}>
                {scripts
                  .filter((candidate) => candidate.ok)
                  .map((candidate) => (
                    <option key={candidate.record.id} value={candidate.record.id}>
                      {candidate.record.name}
                    </option>
                  ))}
              </select>
            </label>
          )}
          <ScriptView
            script={script}
            node={currentNode}
            pathLength={Math.max(1, pathOnScript.length)}
            checklistDone={checklistDone}
            pendingRequired={pending}
            lookup={lookup}
            labelFor={labelFor}
            onBranch={moveTo}
            onJumpToStage={(stageId) => moveTo(firstNodeOfStage(script, stageId)?.id ?? script.startNodeId)}
            onBack={back}
            onRestart={restart}
            onToggleItem={(itemId, done) =>
              patch((current) => {
                const checked = done
                  ? [...new Set([...current.checklistDone, itemId])]
                  : current.checklistDone.filter((id) => id !== itemId);
                return { scriptId: active.record.id, checklistDone: checked, requiredPending: pendingRequiredLabels(script, checked) };
              })
            }
            onFill={(key, value) => setTyped(setTypedValue(recordKey, key, value))}
          />
        </>
      )}
    </section>
  );
}
