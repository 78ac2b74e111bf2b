import { useState } from 'preact/hooks';
import type { ScriptDocument, ScriptNode } from '../../lib/scripts/script-model';
import { unreachableNodes } from '../../lib/scripts/script-paths';
import { useI18n } from '../shared/i18n';
import { NodeEditor, uniqueId } from './NodeEditor';
import './script-editor.css';

export interface ScriptEditorProps {
  script: ScriptDocument;
  /** Resolves to an error message, or undefined when saved. */
  onSave(script: ScriptDocument): Promise<string | undefined>;
}

const splitList = (text: string) =>
  text
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Edits a whole script in memory; saving validates it and keeps a version. */
export function ScriptEditor({ script: initial, onSave }: ScriptEditorProps) {
  const { t } = useI18n();
  const [script, setScript] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const set = (patch: Partial<ScriptDocument>) => setScript({ ...script, ...patch });
  const setNode = (node: ScriptNode) => set({ nodes: script.nodes.map((item) => (item.id === node.id ? node : item)) });
  const unreachable = unreachableNodes(script);

  return (
    <form
      class="script-editor stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await onSave(script);
        setStatus(problem ? { ok: false, text: t('scriptEditor.invalid', { problem }) } : { ok: true, text: t('scriptEditor.saved') });
      }}
    >
      <div class="form-grid">
        <label for="script-name">{t('scriptEditor.name')}</label>
        <input id="script-name" value={script.name} onInput={(event) => set({ name: event.currentTarget.value })} />
        <label for="script-start">{t('scriptEditor.start')}</label>
        <select id="script-start" value={script.startNodeId} onChange={(event) => set({ startNodeId: event.currentTarget.value })}>
          {script.nodes.map((node) => (
            <option key={node.id} value={node.id}>
              {node.title || node.id}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>{t('scriptEditor.stages')}</legend>
        {script.stages.map((stage, index) => (
          <div key={stage.id} class="editor-row">
            <input
              aria-label={t('scriptEditor.stageTitle', { n: index + 1 })}
              value={stage.title}
              onInput={(event) =>
                set({ stages: script.stages.map((item) => (item.id === stage.id ? { ...item, title: event.currentTarget.value } : item)) })
              }
            />
            <button
              type="button"
              aria-label={t('scriptEditor.removeStage', { title: stage.title })}
              disabled={script.nodes.some((node) => node.stageId === stage.id)}
              onClick={() => set({ stages: script.stages.filter((item) => item.id !== stage.id) })}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            set({
              stages: [
                ...script.stages,
                {
                  id: uniqueId(
                    'stage-',
                    script.stages.map((stage) => stage.id),
                  ),
                  kind: 'custom',
                  title: '',
                },
              ],
            })
          }
        >
          {t('scriptEditor.addStage')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('scriptEditor.variables')}</legend>
        {script.variables.map((variable, index) => {
          const update = (patch: Partial<typeof variable>) =>
            set({ variables: script.variables.map((item, position) => (position === index ? { ...item, ...patch } : item)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; the key is typed in the row, so it cannot be the React key
            <div key={index} class="editor-row">
              <input
                aria-label={t('scriptEditor.variableKey', { n: index + 1 })}
                value={variable.key}
                size={14}
                onInput={(event) => update({ key: event.currentTarget.value })}
              />
              <input
                aria-label={t('scriptEditor.variableLabel', { n: index + 1 })}
                value={variable.label}
                onInput={(event) => update({ label: event.currentTarget.value })}
              />
              <input
                aria-label={t('scriptEditor.variableLabels', { n: index + 1 })}
                value={variable.labels.join(', ')}
                onChange={(event) => update({ labels: splitList(event.currentTarget.value) })}
              />
              <button
                type="button"
                aria-label={t('scriptEditor.removeVariable', { n: index + 1 })}
                onClick={() => set({ variables: script.variables.filter((_, position) => position !== index) })}
              >
                ×
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() =>
            set({
              variables: [
                ...script.variables,
                {
                  key: uniqueId(
                    'field',
                    script.variables.map((item) => item.key),
                  ),
                  label: '',
                  labels: [],
                },
              ],
            })
          }
        >
          {t('scriptEditor.addVariable')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('scriptEditor.checklist')}</legend>
        {script.checklist.map((item, index) => {
          const update = (patch: Partial<typeof item>) =>
            set({ checklist: script.checklist.map((entry) => (entry.id === item.id ? { ...entry, ...patch } : entry)) });
          return (
            <div key={item.id} class="editor-row">
              <input
                aria-label={t('scriptEditor.itemLabel', { n: index + 1 })}
                value={item.label}
                onInput={(event) => update({ label: event.currentTarget.value })}
              />
              <label>
                <input
                  type="checkbox"
                  aria-label={t('scriptEditor.itemRequired', { n: index + 1 })}
                  checked={item.required}
                  onChange={(event) => update({ required: event.currentTarget.checked })}
                />
                <span>{t('script.required')}</span>
              </label>
              <button
                type="button"
                aria-label={t('scriptEditor.removeItem', { n: index + 1 })}
                onClick={() => set({ checklist: script.checklist.filter((entry) => entry.id !== item.id) })}
              >
                ×
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() =>
            set({
              checklist: [
                ...script.checklist,
                {
                  id: uniqueId(
                    'item-',
                    script.checklist.map((item) => item.id),
                  ),
                  label: '',
                  required: false,
                },
              ],
            })
          }
        >
          {t('scriptEditor.addItem')}
        </button>
      </fieldset>

      <h3>{t('scriptEditor.nodes')}</h3>
      {unreachable.length > 0 && (
        <p class="error">
          {t('scriptEditor.unreachable', {
            steps: unreachable.map((id) => script.nodes.find((node) => node.id === id)?.title || id).join(', '),
          })}
        </p>
      )}
      {script.nodes.map((node) => (
        <NodeEditor
          key={node.id}
          script={script}
          node={node}
          onChange={setNode}
          onRemove={() =>
            set({
              nodes: script.nodes
                .filter((item) => item.id !== node.id)
                .map((item) => ({ ...item, branches: item.branches.filter((branch) => branch.next !== node.id) })),
            })
          }
        />
      ))}
      <button
        type="button"
        onClick={() =>
          set({
            nodes: [
              ...script.nodes,
              {
                id: uniqueId(
                  'step-',
                  script.nodes.map((node) => node.id),
                ),
                stageId: script.stages[0]?.id ?? 'opening',
                title: '',
                lines: [''],
                branches: [],
              },
            ],
          })
        }
      >
        {t('scriptEditor.addNode')}
      </button>
      <div class="editor-row sticky-save">
        <button type="submit" class="primary">
          {t('scriptEditor.save')}
        </button>
        <p role="status" class={status?.ok === false ? 'error' : ''}>
          {status?.text ?? ''}
        </p>
      </div>
    </form>
  );
}
