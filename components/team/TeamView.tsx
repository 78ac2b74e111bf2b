import { useEffect, useMemo, useState } from 'preact/hooks';
import { systemClock } from '../../lib/calendar/clock';
import { dayKeyOf } from '../../lib/calendar/day-key';
import type { CallsideDatabase } from '../../lib/db/database';
import { loadLeadHistory } from '../../lib/playbook/build-playbook';
import type { PlaybookTargets } from '../../lib/playbook/playbook-schema';
import { targetAgreementRows } from '../../lib/playbook/target-agreement';
import type { Industry } from '../../lib/settings/settings';
import { loadProfile } from '../../lib/settings/settings';
import { buildLeaderboard, type LeaderboardRow, type LeaderboardSortKey, sortLeaderboard, teamTotals } from '../../lib/team/leaderboard';
import { repWeakestLever } from '../../lib/team/rep-insights';
import { mergedCsv } from '../../lib/team/summary-csv';
import { clearTeamData, loadTeamData, type TeamData } from '../../lib/team/team-data';
import { type FileImportResult, type ImportProgress, importSummaryFiles } from '../../lib/team/team-import';
import { loadTeamSettings, saveTeamSettings, type TeamSettings } from '../../lib/team/team-settings';
import { tenureStage } from '../../lib/team/tenure';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { usePeriodChoice } from '../../lib/ui/use-period-choice';
import { downloadTextFile } from '../calls/download';
import { useI18n } from '../shared/i18n';
import { ImportPanel } from './ImportPanel';
import { Leaderboard } from './Leaderboard';
import { PeriodPicker } from './PeriodPicker';
import { RepDetail, StageCard } from './RepDetail';
import { TargetAgreement } from './TargetAgreement';
import './team.css';

/** The lead's team view: import, leaderboard, team totals and stage, one rep's details, the merged CSV. */
export function TeamView({
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
  const [data, setData] = useState<TeamData>();
  const [settings, setSettings] = useState<TeamSettings>();
  const [industry, setIndustry] = useState<Industry>('other');
  const [progress, setProgress] = useState<ImportProgress>();
  const [results, setResults] = useState<FileImportResult[]>([]);
  const [sort, setSort] = useState<{ key: LeaderboardSortKey; direction: 'asc' | 'desc' }>({ key: 'attainment', direction: 'desc' });
  const [selected, setSelected] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [confirmClear, setConfirmClear] = useState(false);
  const [version, setVersion] = useState(0);
  const [proposal, setProposal] = useState<PlaybookTargets>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per database
  useEffect(() => {
    void loadTeamSettings(db).then(setSettings);
    void loadProfile(browserLanguage, db).then((load) => setIndustry(load.profile.industry));
    void loadLeadHistory(db).then((history) => setProposal(history.targets));
  }, [db]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloaded per period key and after each import, not per render
  useEffect(() => {
    if (!period) return;
    loadTeamData(period, db)
      .then(setData)
      .catch((failure: unknown) => setError(describeStorageError(failure, t)));
  }, [db, period?.key, version]);

  const minimumDials = settings?.minimumDials ?? 50;
  // biome-ignore lint/correctness/useExhaustiveDependencies: "now" is read when the data changes; staleness needs no ticking clock
  const rows: LeaderboardRow[] = useMemo(
    () => (data && period ? buildLeaderboard(data.reps, data.summariesByRep, period, { minimumDials, now: now() }) : []),
    [data, period?.key, minimumDials],
  );
  const sorted = useMemo(() => sortLeaderboard(rows, sort.key, sort.direction), [rows, sort]);
  const totals = useMemo(() => teamTotals(rows), [rows]);
  const agreement = useMemo(
    () => (data && period ? targetAgreementRows(data.reps, data.summariesByRep, period, proposal) : []),
    [data, period, proposal],
  );
  const chosen = rows.find((row) => row.repId === selected);
  const teamStart =
    settings?.teamStartDate ??
    rows
      .map((row) => row.startDate)
      .filter((day): day is string => !!day)
      .sort()[0];
  const teamStage = teamStart ? tenureStage(teamStart, today) : undefined;

  const importFiles = async (files: File[]) => {
    setStatus(undefined);
    setResults([]);
    try {
      const done = await importSummaryFiles(files, { db, onProgress: setProgress, now });
      setResults(done);
      setVersion((count) => count + 1);
    } catch (failure) {
      setError(describeStorageError(failure, t));
    }
  };

  return (
    <div class="team-view stack">
      <ImportPanel onFiles={importFiles} progress={progress} results={results} />
      <div class="row settings">
        <PeriodPicker
          idPrefix="team"
          kind={kind}
          periods={periods}
          selectedKey={period?.key ?? ''}
          onKind={chooseKind}
          onPeriod={choosePeriod}
        />
        <label class="field" for="team-minimum">
          <span>{t('team.settings.minimumDials')}</span>
          <input
            id="team-minimum"
            type="number"
            min={1}
            step={1}
            value={minimumDials}
            onChange={async (event) => {
              const value = Number(event.currentTarget.value);
              if (Number.isInteger(value) && value >= 1) setSettings(await saveTeamSettings({ minimumDials: value }, db));
            }}
          />
        </label>
        <label class="field" for="team-start">
          <span>{t('team.settings.teamStart')}</span>
          <input
            id="team-start"
            type="date"
            value={settings?.teamStartDate ?? ''}
            onChange={async (event) => setSettings(await saveTeamSettings({ teamStartDate: event.currentTarget.value || null }, db))}
          />
        </label>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="muted">{t('team.leaderboard.empty')}</p>
      ) : (
        <>
          <Leaderboard
            rows={sorted}
            totals={totals}
            sortKey={sort.key}
            direction={sort.direction}
            minimumDials={minimumDials}
            onSort={(key) =>
              setSort((current) => ({
                key,
                direction: current.key === key ? (current.direction === 'desc' ? 'asc' : 'desc') : key === 'name' ? 'asc' : 'desc',
              }))
            }
            onSelect={setSelected}
          />
          <p>
            {totals.target
              ? t('team.teamTarget', {
                  floor: totals.target.floor,
                  stretch: totals.target.stretch,
                  kpi: t(`team.kpi.${totals.target.kpi}`),
                  percent: Math.round((totals.attainment ?? 0) * 10) / 10,
                })
              : t('team.noTeamTarget')}
          </p>
          <TargetAgreement rows={agreement} />
          <StageCard
            title={t('team.teamStage')}
            stage={teamStage?.stage}
            months={teamStage?.months ?? 0}
            unknownText={t('team.teamStage.unknown')}
          />
          <div class="row">
            <button
              type="button"
              onClick={() => {
                if (!data || !period) return;
                const file = `callside-team_${period.key}_${today}.csv`;
                downloadTextFile(file, mergedCsv(data.reps, period.first, period.last), 'text/csv;charset=utf-8');
                setStatus(t('team.exportedMerged', { file }));
              }}
            >
              {t('team.exportMerged')}
            </button>
            {confirmClear ? (
              <button
                type="button"
                class="danger"
                onClick={async () => {
                  await clearTeamData(db);
                  setConfirmClear(false);
                  setSelected(undefined);
                  setResults([]);
                  setStatus(t('team.cleared'));
                  setVersion((count) => count + 1);
                }}
              >
                {t('team.confirmClear')}
              </button>
            ) : (
              <button type="button" onClick={() => setConfirmClear(true)}>
                {t('team.clear')}
              </button>
            )}
            <p role="status" class="status-line">
              {status}
            </p>
          </div>
          {chosen && (
            <RepDetail
              row={chosen}
              lever={repWeakestLever(chosen, rows, minimumDials, industry, industry === 'car-insurance')}
              tenure={chosen.startDate ? tenureStage(chosen.startDate, today) : undefined}
            />
          )}
        </>
      )}
    </div>
  );
}
