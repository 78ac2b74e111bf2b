import { useRef } from 'preact/hooks';
import type { ScriptDocument, ScriptNode } from '../../lib/scripts/script-model';
import { BUILT_IN_VARIABLES } from '../../lib/scripts/variables';
import { useI18n } from '../shared/i18n';
import { variableLabel } from './variable-label';

export interface NodeEditorProps {
  script: ScriptDocument;
  node: ScriptNode;
  onChange(node: ScriptNode): void;
  onRemove(): void;
}

/** One step of a script: title, stage, lines with a variable picker, and customer responses. */
export function NodeEditor({ script, node, onChange, onRemove }: NodeEditorProps) {
  const { t } = useI18n();
  const linesRef = useRef<HTMLTextAreaElement>(null);
  const variables = [...BUILT_IN_VARIABLES, ...script.variables.map((variable) => variable.key)];

  const insertVariable = (key: string) => {
    const text = node.lines.join('\n');
    const at = linesRef.current?.selectionStart ?? text.length;
    const next = `${text.slice(0, at)}{{${key}}}${text.slice(at)}`;
    onChange({ ...node, lines: next.split('\n') });
  };

  return (
    <fieldset class="node-editor">
      <legend>{node.title || node.id}</legend>
      <div class="form-grid">
        <label for={`node-title-${node.id}`}>{t('scriptEditor.nodeTitle')}</label>
        <input
          id={`node-title-${node.id}`}
          value={node.title}
          onInput={(event) => onChange({ ...node, title: event.currentTarget.value })}
        />
        <label for={`node-stage-${node.id}`}>{t('scriptEditor.nodeStage')}</label>
        <select
          id={`node-stage-${node.id}`}
          value={node.stageId}
          onChange={(event) => onChange({ ...node, stageId: event.currentTarget.value })}
        >
          {script.stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.title}
            </option>
          ))}
        </select>
        <label for={`node-lines-${node.id}`}>{t('scriptEditor.lines')}</label>
        <textarea
          id={`node-lines-${node.id}`}
          ref={linesRef}
          rows={Math.max(2, node.lines.length + 1)}
          value={node.lines.join('\n')}
          onInput={(event) => onChange({ ...node, lines: event.currentTarget.value.split('\n') })}
        />
        <span />
        <select
          aria-label={t('scriptEditor.insertVariableInto', { title: node.title || node.id })}
          value=""
          onChange={(event) => {
            if (event.currentTarget.value) insertVariable(event.currentTarget.value);
            event.currentTarget.value = '';
          }}
        >
          <option value="">{t('scriptEditor.insertVariable')}</option>
          {variables.map((key) => (
            <option key={key} value={key}>
              {variableLabel(key, script, t)} · {`{{${key}}}`}
            </option>
          ))}
        </select>
      </div>
      <h4>{t('scriptEditor.branches')}</h4>
      {node.branches.map((branch, index) => (
        <div key={branch.id} class="editor-row">
          <input
            aria-label={t('scriptEditor.branchLabel', { n: index + 1 })}
            value={branch.label}
            onInput={(event) =>
              onChange({
                ...node,
                branches: node.branches.map((item) => (item.id === branch.id ? { ...item, label: event.currentTarget.value } : item)),
              })
            }
          />
          <select
            aria-label={t('scriptEditor.branchNext', { n: index + 1 })}
            value={branch.next}
            onChange={(event) =>
              onChange({
                ...node,
                branches: node.branches.map((item) => (item.id === branch.id ? { ...item, next: event.currentTarget.value } : item)),
              })
            }
          >
            {script.nodes
              .filter((target) => target.id !== node.id)
              .map((target) => (
                <option key={target.id} value={target.id}>
                  {target.title || target.id}
                </option>
              ))}
          </select>
          <button
            type="button"
            aria-label={t('scriptEditor.removeBranch', { n: index + 1 })}
            onClick={() => onChange({ ...node, branches: node.branches.filter((item) => item.id !== branch.id) })}
          >
            ×
          </button>
        </div>
      ))}
      <div class="editor-row">
        <button
          type="button"
          disabled={script.nodes.length < 2}
          onClick={() =>
            onChange({
              ...node,
              branches: [
                ...node.branches,
                {
                  id: uniqueId(
                    `${node.id}-b`,
                    node.branches.map((item) => item.id),
                  ),
                  label: '',
                  next: script.nodes.find((target) => target.id !== node.id)?.id ?? node.id,
                },
              ],
            })
          }
        >
          {t('scriptEditor.addBranch')}
        </button>
        <button type="button" disabled={node.id === script.startNodeId} onClick={onRemove}>
          {t('scriptEditor.removeNode', { title: node.title || node.id })}
        </button>
      </div>
    </fieldset>
  );
}

/** `prefix` plus the first number not taken. */
export function uniqueId(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}
