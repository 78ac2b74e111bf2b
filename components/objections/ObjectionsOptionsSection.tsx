import { useMemo, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import type { ObjectionRecord } from '../../lib/db/records';
import { describeFileError } from '../../lib/formats/file-errors';
import { exportObjections, importObjections, objectionsFileName } from '../../lib/objections/objection-file';
import { deleteObjection, listObjections, newObjection, saveObjection } from '../../lib/objections/objection-repository';
import { rebuttalStats } from '../../lib/objections/rebuttal-stats';
import { buildObjectionIndex } from '../../lib/objections/search-index';
import { nowOf } from '../../lib/services/app-services';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { downloadTextFile } from '../calls/download';
import type { OptionsSectionProps } from '../options/sections';
import { useI18n } from '../shared/i18n';
import { categoryLabel } from './category-label';
import { ObjectionEditor } from './ObjectionEditor';
import { RebuttalStatsHint } from './RebuttalStatsHint';
import '../scripts/script-editor.css';

/** Options → Objections: the library of the UI language, with each rebuttal's results on the rep's calls. */
export function ObjectionsOptionsSection({ db, services }: OptionsSectionProps) {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<ObjectionRecord>();
  const [fileStatus, setFileStatus] = useState<{ ok: boolean; text: string }>();

  const library = useLiveQuery(() => listObjections(language, db), [db, language]);
  const objections = useMemo(() => (library.status === 'ready' ? library.value : []), [library]);
  const index = useMemo(() => buildObjectionIndex(objections), [objections]);
  const shown = filter.trim() ? index.search(filter, objections.length) : objections;
  const stats = useLiveQuery(
    () =>
      rebuttalStats(
        objections.flatMap((objection) => objection.rebuttals.map((rebuttal) => rebuttal.id)),
        db,
      ),
    [db, library],
  );
  const statsMap = stats.status === 'ready' ? stats.value : new Map();

  return (
    <section aria-labelledby="objections-title" class="stack">
      <h2 id="objections-title">{t('options.objections')}</h2>
      <div class="editor-row">
        <input
          type="search"
          aria-label={t('objectionEditor.filter')}
          placeholder={t('objectionEditor.filter')}
          value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
        <span class="muted">{t('objectionEditor.count', { count: objections.length })}</span>
        <button type="button" onClick={() => setEditing(newObjection(language, 'need', nowOf(services)))}>
          {t('objectionEditor.add')}
        </button>
        <button type="button" onClick={() => void exportLibrary()}>
          {t('objectionFile.export')}
        </button>
        <label class="file-button">
          <span>{t('objectionFile.import')}</span>
          <input type="file" accept=".json,application/json" onChange={(event) => void importLibrary(event.currentTarget)} />
        </label>
      </div>
      {fileStatus && (
        <p role={fileStatus.ok ? 'status' : 'alert'} class={fileStatus.ok ? 'muted' : 'error'}>
          {fileStatus.text}
        </p>
      )}
      {editing && !objections.some((objection) => objection.id === editing.id) && (
        <ObjectionEditor
          key={editing.id}
          objection={editing}
          stats={statsMap}
          onSave={async (next) => {
            const problem = await save(next);
            if (!problem) setEditing(undefined);
            return problem;
          }}
          onDelete={() => setEditing(undefined)}
        />
      )}
      <ul class="objection-library">
        {shown.map((objection) => (
          <li key={objection.id}>
            {editing?.id === objection.id ? (
              <ObjectionEditor
                key={objection.id}
                objection={objection}
                stats={statsMap}
                onSave={save}
                onDelete={() => void deleteObjection(objection.id, db).then(() => setEditing(undefined))}
              />
            ) : (
              <div class="objection-summary">
                <button
                  type="button"
                  aria-label={t('objectionEditor.edit', { title: objection.title })}
                  onClick={() => setEditing(objection)}
                >
                  {objection.title || t('objectionEditor.untitled')}
                </button>{' '}
                <span class="objection-category">{categoryLabel(objection.category, t)}</span>
                <span class="muted"> · {objection.keywords.join(', ')}</span>
                <ol>
                  {objection.rebuttals.map((rebuttal) => (
                    <li key={rebuttal.id}>
                      {rebuttal.text} <RebuttalStatsHint stats={statsMap.get(rebuttal.id)} />
                    </li>
                  ))}
                </ol>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );

  async function exportLibrary(): Promise<void> {
    const now = nowOf(services);
    try {
      downloadTextFile(objectionsFileName(language, now), await exportObjections(language, now, db));
    } catch (error) {
      setFileStatus({ ok: false, text: describeStorageError(error, t) });
    }
  }

  async function importLibrary(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const result = await importObjections(await file.text(), nowOf(services), db, file.size);
      if (!result.ok)
        return setFileStatus({ ok: false, text: t('objectionFile.importFailed', { error: describeFileError(result.error, t) }) });
      const { added, updated, locale } = result.value;
      const languageName = locale === 'en' || locale === 'zh-CN' ? t(`language.${locale}`) : locale;
      setFileStatus({ ok: true, text: t('objectionFile.imported', { added, updated, language: languageName }) });
    } catch (error) {
      setFileStatus({ ok: false, text: describeStorageError(error, t) });
    }
  }

  async function save(next: ObjectionRecord): Promise<string | undefined> {
    try {
      await saveObjection({ ...next, locale: language }, db);
      return undefined;
    } catch (error) {
      return error instanceof z.core.$ZodError ? z.prettifyError(error) : describeStorageError(error, t);
    }
  }
}
