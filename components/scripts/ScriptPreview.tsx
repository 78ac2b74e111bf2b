import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ScriptDocument } from '../../lib/scripts/script-model';
import { fillTemplate, placeholdersIn } from '../../lib/scripts/template';
import { useI18n } from '../shared/i18n';
import { FilledLine } from './FilledLine';
import { variableLabel } from './variable-label';

/**
 * The script as the rep will see it, filled with sample values. The options
 * page has no CRM tab beside it, so the values are typed here; in the panel the
 * page fills them.
 */
export function ScriptPreview({ script, initialValues }: { script: ScriptDocument; initialValues: Readonly<Record<string, string>> }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, string>>({ ...initialValues });
  const keys = [...new Set(script.nodes.flatMap((node) => node.lines.flatMap(placeholdersIn)))];
  const labelFor = (key: string) => variableLabel(key, script, t);
  return (
    <section class="script-preview stack" aria-label={t('scriptEditor.preview')}>
      <h3>{t('scriptEditor.preview')}</h3>
      <details>
        <summary>{t('scriptEditor.previewValues')}</summary>
        <p class="muted">{t('scriptEditor.previewNoPage')}</p>
        <div class="form-grid">
          {keys.map((key) => (
            <Fragment key={key}>
              <label for={`preview-${key}`}>{labelFor(key)}</label>
              <input
                id={`preview-${key}`}
                aria-label={t('scriptEditor.previewValue', { label: labelFor(key) })}
                value={values[key] ?? ''}
                onInput={(event) => setValues({ ...values, [key]: event.currentTarget.value })}
              />
            </Fragment>
          ))}
        </div>
      </details>
      {script.stages.map((stage) => {
        const nodes = script.nodes.filter((node) => node.stageId === stage.id);
        if (nodes.length === 0) return null;
        return (
          <div key={stage.id}>
            <h4>{stage.title}</h4>
            {nodes.map((node) => (
              <div key={node.id} class="script-step">
                <h2>{node.title}</h2>
                {node.lines.map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only preview; lines never reorder while shown
                  <FilledLine key={index} segments={fillTemplate(line, (key) => values[key])} labelFor={labelFor} />
                ))}
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
