import { useScriptProgress } from '../../../lib/ui/use-script-progress';
import { ScriptView } from '../../scripts/ScriptView';
import { variableLabel } from '../../scripts/variable-label';
import { useI18n } from '../../shared/i18n';
import type { SectionProps } from './section-props';

/** The call script beside the call: the progress behind it is lib/ui/use-script-progress.ts. */
export function ScriptSection({ services, profile, page, draftId }: SectionProps) {
  const { t } = useI18n();
  const script = useScriptProgress({ services, profile, page, draftId }, t);
  const { active, progress } = script;
  return (
    <section aria-label={t('script.region')} class="stack">
      {script.storageError && (
        <p role="alert" class="error">
          {script.storageError}
        </p>
      )}
      {script.invalidProblem && (
        <p role="alert" class="error">
          {t('script.invalid', { problem: script.invalidProblem })}
        </p>
      )}
      {!active || !progress ? (
        <p class="muted">{script.loading ? t('script.loading') : t('script.none')}</p>
      ) : (
        <>
          {script.scripts.length > 1 && (
            <label class="script-picker">
              <span>{t('script.choose')}</span>
              <select value={active.record.id} onChange={(event) => script.chooseScript(event.currentTarget.value)}>
                {script.scripts.map((candidate) => (
                  <option key={candidate.record.id} value={candidate.record.id}>
                    {candidate.record.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <ScriptView
            script={active.document}
            node={progress.node}
            pathLength={Math.max(1, progress.path.length)}
            checklistDone={active.document.checklist.filter((item) => script.isTicked(item.id)).map((item) => item.id)}
            pendingRequired={active.document.checklist
              .filter((item) => item.required && !script.isTicked(item.id))
              .map((item) => item.label)}
            lookup={script.lookup}
            labelFor={(key) => variableLabel(key, active.document, t)}
            onBranch={script.moveTo}
            onJumpToStage={script.jumpToStage}
            onBack={script.back}
            onRestart={script.restart}
            onToggleItem={script.toggleItem}
            onFill={script.fill}
          />
        </>
      )}
    </section>
  );
}
