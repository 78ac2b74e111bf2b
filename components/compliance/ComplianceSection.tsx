import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { type ComplianceSettings, loadComplianceSettings, saveComplianceSettings } from '../../lib/compliance/compliance-settings';
import { addManualDnc, countDnc, type DncImportCode, exportDnc, importDnc, MAX_DNC_FILE_BYTES } from '../../lib/compliance/dnc-file';
import { dncFileName } from '../../lib/compliance/dnc-file-name';
import type { DncImportProgress } from '../../lib/compliance/dnc-import';
import { checkFileSize } from '../../lib/formats/envelope';
import { describeFileError } from '../../lib/formats/file-errors';
import { normalisePhone } from '../../lib/page-reader/phones';
import type { Failure } from '../../lib/result';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { downloadTextFile } from '../calls/download';
import type { OptionsSectionProps } from '../options/sections';
import { useI18n } from '../shared/i18n';
import { ComplianceRulesForm } from './ComplianceRulesForm';
import { DncListEditor } from './DncListEditor';

/** Options: the pre-dial rules and the do-not-call list. */
export function ComplianceSection({ db, profile }: OptionsSectionProps) {
  const { t } = useI18n();
  const settings = useLiveQuery(() => loadComplianceSettings(db), [db]);
  const dncCount = useLiveQuery(() => countDnc(db), [db]);
  const [importProgress, setImportProgress] = useState<DncImportProgress>();
  if (settings.status === 'error') return <p role="alert">{describeStorageError(settings.error, t)}</p>;
  if (settings.status === 'loading') return <p aria-busy="true">{t('common.loading')}</p>;
  const importProblem = (error: Failure<DncImportCode>) =>
    error.code === 'no-numbers'
      ? t('dnc.error.no-numbers')
      : describeFileError({ ...error, code: error.code }, t, {
          'too-large': 'dnc.error.too-large',
          'not-json': 'dnc.error.not-json',
          'wrong-format': 'dnc.error.wrong-format',
          'newer-version': 'dnc.error.unknown-version',
          'unknown-version': 'dnc.error.unknown-version',
          invalid: 'dnc.error.bad-entries',
        });
  return (
    <div class="stack">
      <ComplianceRulesForm
        settings={settings.value}
        onSave={async (next: ComplianceSettings) => {
          try {
            await saveComplianceSettings(next, db);
            return undefined;
          } catch (error) {
            if (error instanceof z.core.$ZodError) return z.prettifyError(error);
            return describeStorageError(error, t);
          }
        }}
      />
      <DncListEditor
        count={dncCount.status === 'ready' ? dncCount.value : 0}
        progress={importProgress}
        onAdd={async (raw) => {
          const phone = normalisePhone(raw, profile.defaultRegion);
          if (!phone) return { text: t('dnc.invalidNumber', { region: profile.defaultRegion }), error: true };
          await addManualDnc(phone.e164, db);
          return { text: t('dnc.added') };
        }}
        onImport={async (file) => {
          const size = checkFileSize(file.size, MAX_DNC_FILE_BYTES);
          if (!size.ok) return { text: t('dnc.importError', { problem: importProblem(size.error) }), error: true };
          let result: Awaited<ReturnType<typeof importDnc>>;
          try {
            result = await importDnc(await file.text(), db, profile.defaultRegion, undefined, file.size, setImportProgress);
          } catch (error) {
            return { text: describeStorageError(error, t), error: true };
          } finally {
            setImportProgress(undefined);
          }
          if (!result.ok) return { text: t('dnc.importError', { problem: importProblem(result.error) }), error: true };
          const { added, total, skipped } = result.value;
          return { text: skipped > 0 ? t('dnc.importedSkipped', { added, total, skipped }) : t('dnc.imported', { added, total }) };
        }}
        onExport={() => {
          void exportDnc(db).then((file) => downloadTextFile(dncFileName(file.exportedAt), JSON.stringify(file)));
        }}
      />
    </div>
  );
}
