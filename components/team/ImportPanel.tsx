import { useState } from 'preact/hooks';
import { describeFileError } from '../../lib/formats/file-errors';
import { formatNumber, type Translate } from '../../lib/i18n';
import type { FileImportResult, ImportProgress } from '../../lib/team/team-import';
import { useI18n } from '../shared/i18n';
import { filesOfDrop, jsonFilesOf } from './dropped-files';

const ENVELOPE_CODES = new Set([
  'too-large',
  'empty',
  'not-json',
  'csv',
  'unsafe-key',
  'wrong-format',
  'newer-version',
  'unknown-version',
  'invalid',
]);

/** Why a file was not imported, in the lead's language. */
export function rejectionText(result: Extract<FileImportResult, { status: 'rejected' }>, t: Translate): string {
  const { error } = result;
  const reason = ENVELOPE_CODES.has(error.code)
    ? describeFileError(error as Parameters<typeof describeFileError>[0], t)
    : t(`team.reason.${error.code}` as 'team.reason.period', { ...error.params, detail: error.detail ?? '' });
  return t('team.result.reason', { reason });
}

function detailOf(result: FileImportResult, t: Translate): string {
  if (result.status === 'rejected') return rejectionText(result, t);
  if (result.status === 'unchanged' && result.older)
    return t('team.result.older', { rep: result.repName || result.repId, period: result.period });
  return t('team.result.repPeriod', { rep: result.repName || result.repId, period: result.period });
}

/** Drop zone, file and folder inputs, the progress bar and one line per file. Display only: files go to `onFiles`. */
export function ImportPanel({
  onFiles,
  progress,
  results,
}: {
  onFiles(files: File[]): void;
  progress: ImportProgress | undefined;
  results: readonly FileImportResult[];
}) {
  const { t, language } = useI18n();
  const [over, setOver] = useState(false);
  const count = (status: FileImportResult['status']) => results.filter((result) => result.status === status).length;
  const busy = progress !== undefined && progress.done < progress.total;
  return (
    <section aria-labelledby="team-import" class="team-import stack">
      <h3 id="team-import">{t('team.import.title')}</h3>
      <section
        class={`drop-zone stack${over ? ' over' : ''}`}
        aria-label={t('team.import.drop')}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={async (event) => {
          event.preventDefault();
          setOver(false);
          if (event.dataTransfer) onFiles(await filesOfDrop(event.dataTransfer));
        }}
      >
        <p>{t('team.import.drop')}</p>
        <div class="row">
          <label class="field">
            <span>{t('team.import.files')}</span>
            <input
              type="file"
              multiple
              accept=".json,application/json"
              disabled={busy}
              onChange={(event) => {
                const files = [...(event.currentTarget.files ?? [])];
                event.currentTarget.value = '';
                if (files.length > 0) onFiles(files);
              }}
            />
          </label>
          <label class="field">
            <span>{t('team.import.folder')}</span>
            <input
              type="file"
              multiple
              disabled={busy}
              {...{ webkitdirectory: '' }}
              onChange={(event) => {
                const files = jsonFilesOf(event.currentTarget.files);
                event.currentTarget.value = '';
                if (files.length > 0) onFiles(files);
              }}
            />
          </label>
        </div>
        <p class="muted">{t('team.import.help')}</p>
      </section>
      {progress && (
        <div class="stack">
          <progress aria-label={t('team.import.progress')} value={progress.done} max={Math.max(1, progress.total)} />
          <p class="muted">
            {t('team.import.progressText', { done: formatNumber(progress.done, language), total: formatNumber(progress.total, language) })}
          </p>
        </div>
      )}
      {results.length > 0 && (
        <>
          <p role="status">
            {t('team.import.summaryLine', {
              imported: count('imported'),
              replaced: count('replaced'),
              unchanged: count('unchanged'),
              rejected: count('rejected'),
            })}
          </p>
          <div class="table-scroll">
            <table class="team-table">
              <caption>{t('team.import.results')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.import.file')}</th>
                  <th scope="col">{t('team.import.result')}</th>
                  <th scope="col">{t('team.import.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {results.map((result, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one import's list, replaced whole and never reordered; two files may share a name
                  <tr key={`${result.file}-${index}`}>
                    <th scope="row">{result.file}</th>
                    <td class={`result-${result.status}`}>{t(`team.result.${result.status}`)}</td>
                    <td>{detailOf(result, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
