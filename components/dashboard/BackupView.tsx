import { useState } from 'preact/hooks';
import {
  BACKUP_TABLES,
  type Backup,
  type BackupTableName,
  backupFileName,
  checkBackupSize,
  createBackup,
  type RollupCheck,
  readBackup,
  restoreBackup,
} from '../../lib/formats/backup';
import { describeBackupRejection, describeRollupCheck } from '../../lib/formats/backup-messages';
import { formatNumber } from '../../lib/i18n';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { downloadTextFile } from '../calls/download';
import { useI18n } from '../shared/i18n';
import type { DashboardViewProps } from './views';
import '../calls/calls.css';

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'rejected'; text: string }
  | { kind: 'ready'; backup: Backup; counts: Record<BackupTableName, number>; rollups: RollupCheck }
  | { kind: 'restored'; calls: number; differingDays: number }
  | { kind: 'error'; text: string };

/** Whole-database backup (with a personal-data warning) and validated, all-or-nothing restore. */
export function BackupView({ db }: DashboardViewProps) {
  const { t, language } = useI18n();
  const [saveStatus, setSaveStatus] = useState<string>();
  const [restore, setRestore] = useState<RestoreState>({ kind: 'idle' });
  const date = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

  return (
    <div class="backup">
      <section aria-labelledby="backup-save">
        <h3 id="backup-save">{t('backup.saveTitle')}</h3>
        <p class="notice">{t('backup.personalData')}</p>
        <button
          type="button"
          class="primary"
          onClick={async () => {
            setSaveStatus(t('backup.saving'));
            try {
              const backup = await createBackup(db);
              const fileName = backupFileName(backup);
              downloadTextFile(fileName, JSON.stringify(backup));
              setSaveStatus(t('backup.saved', { file: fileName }));
            } catch (error) {
              setSaveStatus(describeStorageError(error, t));
            }
          }}
        >
          {t('backup.save')}
        </button>
        <p role="status" class="status-line">
          {saveStatus}
        </p>
      </section>
      <section aria-labelledby="backup-restore" class="stack">
        <h3 id="backup-restore">{t('backup.restoreTitle')}</h3>
        <p class="muted">{t('backup.restoreHelp')}</p>
        <label class="field">
          <span>{t('backup.file')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return;
              // Checked before reading: a file over the limit cannot even become a string.
              const tooLarge = checkBackupSize(file.size);
              if (tooLarge) {
                setRestore({ kind: 'rejected', text: describeBackupRejection(tooLarge, t) });
                return;
              }
              let text: string;
              try {
                text = await file.text();
              } catch (error) {
                setRestore({ kind: 'error', text: describeStorageError(error, t) });
                return;
              }
              const read = readBackup(text, file.size);
              setRestore(
                read.ok
                  ? { kind: 'ready', backup: read.backup, counts: read.counts, rollups: read.rollups }
                  : { kind: 'rejected', text: describeBackupRejection(read.rejection, t) },
              );
            }}
          />
        </label>
        {restore.kind === 'rejected' && (
          <p role="alert" class="error">
            {t('backup.rejected', { reason: restore.text })}
          </p>
        )}
        {restore.kind === 'error' && (
          <p role="alert" class="error">
            {restore.text}
          </p>
        )}
        {restore.kind === 'ready' && (
          <div class="card stack">
            <p>{t('backup.holds', { date: date(restore.backup.exportedAt), appVersion: restore.backup.appVersion })}</p>
            <dl class="fields">
              {BACKUP_TABLES.filter((table) => restore.counts[table] > 0).map((table) => (
                <>
                  <dt>{t(`backup.table.${table}`)}</dt>
                  <dd>{formatNumber(restore.counts[table], language)}</dd>
                </>
              ))}
            </dl>
            {describeRollupCheck(restore.rollups, t) && <p class="notice">{describeRollupCheck(restore.rollups, t)}</p>}
            <button
              type="button"
              class="primary"
              onClick={async () => {
                try {
                  await restoreBackup(restore.backup, db);
                  setRestore({ kind: 'restored', calls: restore.counts.calls, differingDays: restore.rollups.differingDays.length });
                } catch (error) {
                  setRestore({ kind: 'error', text: describeStorageError(error, t) });
                }
              }}
            >
              {t('backup.restore')}
            </button>
          </div>
        )}
        <p role="status" class="status-line">
          {restore.kind === 'restored' &&
            (restore.differingDays > 0
              ? t('backup.restoredRecounted', { calls: formatNumber(restore.calls, language), days: restore.differingDays })
              : t('backup.restored', { calls: formatNumber(restore.calls, language) }))}
        </p>
      </section>
    </div>
  );
}
