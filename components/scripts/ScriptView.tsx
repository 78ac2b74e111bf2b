import type { ScriptDocument, ScriptNode } from '../../lib/scripts/script-model';
import { MAX_BRANCH_KEYS, SCRIPT_BRANCH_MODIFIER } from '../../lib/scripts/script-progress';
import { fillTemplate, type ValueLookup } from '../../lib/scripts/template';
import { useI18n } from '../shared/i18n';
import { FilledLine } from './FilledLine';

export interface ScriptViewProps {
  script: ScriptDocument;
  node: ScriptNode;
  pathLength: number;
  checklistDone: readonly string[];
  pendingRequired: readonly string[];
  lookup: ValueLookup;
  labelFor(key: string): string;
  onBranch(nextNodeId: string): void;
  onJumpToStage(stageId: string): void;
  onBack(): void;
  onRestart(): void;
  onToggleItem(itemId: string, done: boolean): void;
  onFill(key: string, value: string): void;
}

/** The current step of the call script, its customer responses and the checklist. */
export function ScriptView(props: ScriptViewProps) {
  const { script, node, lookup, labelFor } = props;
  const { t } = useI18n();
  return (
    <div class="script stack">
      <nav class="script-stages" aria-label={t('script.stages')}>
        {script.stages.map((stage) => (
          <button
            key={stage.id}
            type="button"
            aria-current={stage.id === node.stageId ? 'step' : undefined}
            disabled={!script.nodes.some((candidate) => candidate.stageId === stage.id)}
            onClick={() => props.onJumpToStage(stage.id)}
          >
            {stage.title}
          </button>
        ))}
      </nav>
      <article class="script-step" aria-label={t('script.currentStep')}>
        <h2>{node.title}</h2>
        {node.lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step's lines are keyed by step and position
          <FilledLine key={`${node.id}-${index}`} segments={fillTemplate(line, lookup)} labelFor={labelFor} onFill={props.onFill} />
        ))}
      </article>
      {node.branches.length > 0 ? (
        <fieldset class="script-branches">
          <legend class="muted">{t('script.responses')}</legend>
          {node.branches.map((branch, index) => {
            const shortcut = index < MAX_BRANCH_KEYS ? t('script.branchShortcut', { key: index + 1 }) : undefined;
            // Named by its label: the key is aria-hidden and announced as aria-keyshortcuts.
            return (
              <button
                key={branch.id}
                type="button"
                aria-keyshortcuts={shortcut && `${SCRIPT_BRANCH_MODIFIER}+${index + 1}`}
                title={shortcut}
                onClick={() => props.onBranch(branch.next)}
              >
                {shortcut && (
                  <span class="key" aria-hidden="true">
                    ⇧{index + 1}
                  </span>
                )}
                <span>{branch.label}</span>
              </button>
            );
          })}
          <p class="muted script-branch-keys">{t('script.branchKeysHint')}</p>
        </fieldset>
      ) : (
        <p class="muted">{t('script.end')}</p>
      )}
      <div class="script-moves">
        <button type="button" onClick={props.onBack} disabled={props.pathLength <= 1}>
          {t('script.back')}
        </button>
        <button type="button" onClick={props.onRestart}>
          {t('script.restart')}
        </button>
        <span class="muted">{t('script.pathLength', { count: props.pathLength })}</span>
      </div>
      {script.checklist.length > 0 && (
        <fieldset class="script-checklist">
          <legend>{t('script.checklist')}</legend>
          {script.checklist.map((item) => (
            <div key={item.id} class="script-check">
              <label>
                <input
                  type="checkbox"
                  checked={props.checklistDone.includes(item.id)}
                  onChange={(event) => props.onToggleItem(item.id, event.currentTarget.checked)}
                />
                <span>{item.label}</span>
              </label>
              {item.required && <span class="script-required">{t('script.required')}</span>}
            </div>
          ))}
          <p class={props.pendingRequired.length ? 'script-pending' : 'muted'} role="status">
            {props.pendingRequired.length
              ? t('script.requiredPending', { items: props.pendingRequired.join(t('script.listSeparator')) })
              : t('script.allRequiredDone')}
          </p>
        </fieldset>
      )}
    </div>
  );
}
