import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { SCRIPT_FORMAT, SCRIPT_FORMAT_VERSION, type ScriptDocument } from '../../lib/scripts/script-model';
import {
  deleteScript,
  importScriptFile,
  listScripts,
  listScriptVersions,
  restoreScriptVersion,
  saveScript,
  scriptFileText,
} from '../../lib/scripts/script-repository';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import type { OptionsSectionProps } from '../options/sections';
import { useI18n } from '../shared/i18n';
import { ScriptEditor } from './ScriptEditor';
import { ScriptPreview } from './ScriptPreview';
import { describeScriptFileError } from './script-file-error';

function blankScript(name: string, language: string, industry: string): ScriptDocument {
  return {
    format: SCRIPT_FORMAT,
    version: SCRIPT_FORMAT_VERSION,
    name,
    industry,
    locale: language,
    startNodeId: 'step-1',
    stages: [{ id: 'opening', kind: 'opening', title: name }],
    nodes: [{ id: 'step-1', stageId: 'opening', title: '', lines: ['{{customerName}}'], branches: [] }],
    checklist: [],
    variables: [],
  };
}

/** A page-side download of a text file (no extension API involved). */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Options → Scripts: choose, edit, preview, version history, import and export. */
export function ScriptsOptionsSection({ db, profile }: OptionsSectionProps) {
  const { t, language } = useI18n();
  const [selectedId, setSelectedId] = useState<string>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  // Bumped on restore so the editor reloads the restored script; a plain save keeps the editor (and its message).
  const [restores, setRestores] = useState(0);
  const scriptsState = useLiveQuery(() => listScripts(db), [db]);
  const scripts = scriptsState.status === 'ready' ? scriptsState.value : [];
  const selected = scripts.find((script) => script.record.id === selectedId) ?? scripts[0];
  const versions = useLiveQuery(
    () => (selected ? listScriptVersions(selected.record.id, db) : Promise.resolve([])),
    [db, selected?.record.id],
  );
  const report = (error: unknown) => setStatus({ ok: false, text: describeStorageError(error, t) });

  return (
    <section aria-labelledby="scripts-title" class="stack">
      <h2 id="scripts-title">{t('options.scripts')}</h2>
      <div class="editor-row">
        <label for="script-choice">{t('scriptEditor.script')}</label>
        <select id="script-choice" value={selected?.record.id ?? ''} onChange={(event) => setSelectedId(event.currentTarget.value)}>
          {scripts.map((script) => (
            <option key={script.record.id} value={script.record.id}>
              {script.record.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => {
            const id = crypto.randomUUID();
            void saveScript(id, blankScript(t('scriptEditor.newName'), language, profile.industry), db)
              .then(() => setSelectedId(id))
              .catch(report);
          }}
        >
          {t('scriptEditor.new')}
        </button>
        <button
          type="button"
          disabled={!selected?.ok}
          onClick={() => selected?.ok && downloadText(`${selected.document.name}.callside-script.json`, scriptFileText(selected.document))}
        >
          {t('scriptEditor.export')}
        </button>
        <label class="file-button">
          <span>{t('scriptEditor.import')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              const result = await importScriptFile(await file.text(), db).catch((error: unknown) => ({
                ok: false as const,
                error: { code: 'storage' as const, detail: describeStorageError(error, t) },
              }));
              if (result.ok) {
                setSelectedId(result.value.id);
                setStatus({ ok: true, text: t('scriptEditor.imported', { name: result.value.name }) });
              } else setStatus({ ok: false, text: t('scriptEditor.importFailed', { error: describeScriptFileError(result.error, t) }) });
            }}
          />
        </label>
        <button
          type="button"
          disabled={!selected}
          onClick={() => {
            if (selected && confirm(t('scriptEditor.deleteConfirm', { name: selected.record.name })))
              void deleteScript(selected.record.id, db)
                .then(() => setSelectedId(undefined))
                .catch(report);
          }}
        >
          {t('scriptEditor.delete')}
        </button>
      </div>
      <p role="status" class={status?.ok === false ? 'error' : ''}>
        {status?.text ?? ''}
      </p>
      {scriptsState.status === 'ready' && scripts.length === 0 && <p class="muted">{t('scriptEditor.empty')}</p>}
      {selected && !selected.ok && <p class="error">{t('script.invalid', { problem: selected.error.detail ?? '' })}</p>}
      {selected?.ok && (
        <div class="scripts-layout">
          <ScriptEditor
            key={`${selected.record.id}-${restores}`}
            script={selected.document}
            onSave={async (next) => {
              try {
                await saveScript(selected.record.id, next, db);
                return undefined;
              } catch (error) {
                return error instanceof z.core.$ZodError ? z.prettifyError(error) : describeStorageError(error, t);
              }
            }}
          />
          <div class="stack">
            <ScriptPreview
              key={selected.record.id}
              script={selected.document}
              initialValues={{ repName: profile.repName, team: profile.team }}
            />
            <section aria-labelledby="script-history-title">
              <h3 id="script-history-title">{t('scriptEditor.history')}</h3>
              <ul class="version-list">
                {(versions.status === 'ready' ? versions.value : []).map((version, index) => {
                  const time = new Date(version.savedAt).toLocaleString(language);
                  return (
                    <li key={version.id}>
                      <span>{time}</span>
                      <button
                        type="button"
                        disabled={index === 0}
                        aria-label={t('scriptEditor.restoreVersion', { time })}
                        onClick={() =>
                          void restoreScriptVersion(version.id, db)
                            .then(() => {
                              setRestores((count) => count + 1);
                              setStatus({ ok: true, text: t('scriptEditor.restored') });
                            })
                            .catch(report)
                        }
                      >
                        {t('scriptEditor.restore')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          </div>
        </div>
      )}
    </section>
  );
}
