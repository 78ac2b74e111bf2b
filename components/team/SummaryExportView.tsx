import { useEffect, useState } from 'preact/hooks';
import { systemClock } from '../../lib/calendar/clock';
import { dayKeyOf } from '../../lib/calendar/day-key';
import type { CallsideDatabase } from '../../lib/db/database';
import { currentAppVersion, type PreparedExport, prepareSummaryExport, type SummaryFileKind } from '../../lib/team/export-summary';
import { loadTeamSettings, saveTeamSettings } from '../../lib/team/team-settings';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { usePeriodChoice } from '../../lib/ui/use-period-choice';
import { downloadTextFile } from '../calls/download';
import { useI18n } from '../shared/i18n';
import { PeriodPicker } from './PeriodPicker';
import { SummaryPreview } from './SummaryPreview';
import './team.css';

type Status = { kind: 'idle' } | { kind: 'saved'; file: string } | { kind: 'refused'; text: string } | { kind: 'error'; text: string };

/**
 * The rep's export for their lead: a period, the preview of exactly what the
 * file holds, and the export through the privacy gate.
 */
export function SummaryExportView({
  db,
  now = systemClock.now,
  browserLanguage = 'en',
}: {
  db: CallsideDatabase;
  now?: () => number;
  browserLanguage?: string;
}) {
  const { t } = useI18n();
  const today = dayKeyOf(now());
  const { kind, periods, period, chooseKind, choosePeriod } = usePeriodChoice(today);
  const [fileKind, setFileKind] = useState<SummaryFileKind>('json');
  const [prepared, setPrepared] = useState<PreparedExport>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [startDate, setStartDate] = useState<string>('');
  const [startSaved, setStartSaved] = useState(false);

  const refusal = (params: Record<string, string | number> | undefined) =>
    t('summary.refused', {
      kind: t(`summary.kind.${String(params?.kind ?? 'name')}` as 'summary.kind.name'),
      field: String(params?.field ?? ''),
    });

  const prepare = async (): Promise<PreparedExport | undefined> => {
    if (!period) return undefined;
    const result = await prepareSummaryExport({ period, kind: fileKind, now: now(), appVersion: currentAppVersion(), browserLanguage }, db);
    if (!result.ok) {
      setPrepared(undefined);
      setStatus({ kind: 'refused', text: refusal(result.error.params) });
      return undefined;
    }
    setPrepared(result.value);
    return result.value;
  };

  useEffect(() => {
    void loadTeamSettings(db).then((settings) => setStartDate(settings.repStartDate ?? ''));
  }, [db]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt when what the file depends on changes, not on every render's fresh closure
  useEffect(() => {
    setStatus({ kind: 'idle' });
    prepare().catch((error: unknown) => setStatus({ kind: 'error', text: describeStorageError(error, t) }));
  }, [period?.key, fileKind, startSaved]);

  return (
    <div class="team-export stack">
      <p class="notice">{t('summary.intro')}</p>
      <PeriodPicker
        idPrefix="summary"
        kind={kind}
        periods={periods}
        selectedKey={period?.key ?? ''}
        onKind={chooseKind}
        onPeriod={choosePeriod}
      />
      <div class="row">
        <label class="field" for="summary-start">
          <span>{t('summary.startDate')}</span>
          <input
            id="summary-start"
            type="date"
            value={startDate}
            onChange={async (event) => {
              const value = event.currentTarget.value;
              setStartDate(value);
              await saveTeamSettings({ repStartDate: value || null }, db);
              setStartSaved((saved) => !saved);
            }}
          />
        </label>
        <fieldset class="file-kind">
          <legend>{t('summary.format')}</legend>
          {(['json', 'csv'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="summary-kind" value={option} checked={fileKind === option} onChange={() => setFileKind(option)} />{' '}
              {t(`summary.format.${option}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={async () => {
            try {
              // Built again at the click, so the file holds the calls logged up to now, and checked again.
              const file = await prepare();
              if (!file) return;
              downloadTextFile(file.fileName, file.text, file.mimeType);
              setStatus({ kind: 'saved', file: file.fileName });
            } catch (error) {
              setStatus({ kind: 'error', text: describeStorageError(error, t) });
            }
          }}
        >
          {t('summary.export')}
        </button>
        <p role="status" class="status-line">
          {status.kind === 'saved' && t('summary.exported', { file: status.file })}
        </p>
      </div>
      {(status.kind === 'refused' || status.kind === 'error') && (
        <p role="alert" class="error">
          {status.text}
        </p>
      )}
      {prepared && <SummaryPreview summary={prepared.summary} />}
    </div>
  );
}
