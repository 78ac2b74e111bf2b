import { useEffect, useState } from 'preact/hooks';
import { dayKeyOf } from '../../lib/calendar/day-key';
import type { Kpi } from '../../lib/db/records';
import { describeFileError } from '../../lib/formats/file-errors';
import { acceptPlaybook } from '../../lib/playbook/accept-playbook';
import { exportPlaybook, loadLeadHistory } from '../../lib/playbook/build-playbook';
import { diffPlaybook, type PlaybookDiff, proposedTargetsFor } from '../../lib/playbook/playbook-diff';
import type { Playbook, PlaybookArea, PlaybookTarget } from '../../lib/playbook/playbook-schema';
import { knownReps, readPlaybookState } from '../../lib/playbook/playbook-state';
import { readPlaybookFile } from '../../lib/playbook/read-playbook';
import { buildTargetAnswers, loadPlanBasis, type PlanBasis, type TargetChoice } from '../../lib/playbook/target-answer';
import { nowOf } from '../../lib/services/app-services';
import { loadProfile, type Profile, resolveLanguage } from '../../lib/settings/settings';
import type { SummaryTargetAnswers } from '../../lib/team/summary-schema';
import { loadTargetAnswers } from '../../lib/team/summary-target-answers';
import { loadTeamSettings, type TeamSettings } from '../../lib/team/team-settings';
import { downloadTextFile } from '../calls/download';
import type { DashboardViewProps } from '../dashboard/views';
import { useI18n } from '../shared/i18n';
import { PlaybookDiffView } from './PlaybookDiffView';
import { TargetAnswerView } from './TargetAnswerView';
import './playbook.css';

const KPIS: readonly Kpi[] = ['deals', 'revenue', 'issued', 'quotes', 'effective', 'connects', 'dials'];

/** Reads a number field: empty is "not set", anything else must be inside the bounds. */
function numberOf(text: string, min: number, max: number): number | undefined | 'bad' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : 'bad';
}

/** Dashboard → Playbook: the lead exports a pack; a rep imports one and accepts it area by area. */
export function PlaybookView({ db, services }: DashboardViewProps) {
  const { t, language } = useI18n();
  const browserLanguage = services?.browserLanguage ?? 'en';
  const now = () => nowOf(services);
  const month = dayKeyOf(now()).slice(0, 7);
  const [profile, setProfile] = useState<Profile>();
  const [settings, setSettings] = useState<TeamSettings>();
  const [nextVersion, setNextVersion] = useState(1);
  const [reps, setReps] = useState<{ repId: string; name: string }[]>([]);
  const [changes, setChanges] = useState('');
  const [stretch, setStretch] = useState('1.2');
  const [kpi, setKpi] = useState<Kpi>('deals');
  const [defaultFloor, setDefaultFloor] = useState('');
  const [repFloors, setRepFloors] = useState<Record<string, string>>({});
  const [exportStatus, setExportStatus] = useState<{ text: string; error: boolean }>();
  const [pack, setPack] = useState<Playbook>();
  const [diff, setDiff] = useState<PlaybookDiff>();
  const [accepted, setAccepted] = useState<Set<PlaybookArea>>(new Set());
  const [importStatus, setImportStatus] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<Map<string, TargetChoice>>(new Map());
  const [basis, setBasis] = useState<PlanBasis>();
  const [lastAnswers, setLastAnswers] = useState<SummaryTargetAnswers | null>(null);

  const reload = async () => {
    const [load, team, history, roster, answers] = await Promise.all([
      loadProfile(browserLanguage, db),
      loadTeamSettings(db),
      loadLeadHistory(db),
      knownReps(db),
      loadTargetAnswers(db),
    ]);
    setLastAnswers(answers);
    setProfile(load.profile);
    setSettings(team);
    setNextVersion(history.lastVersion + 1);
    setReps(roster);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per database
  useEffect(() => {
    void reload();
  }, [db]);
  const locale = profile ? resolveLanguage(profile, browserLanguage) : 'en';

  const onExport = async () => {
    if (!profile) return;
    const factor = numberOf(stretch, 1, 10);
    if (factor === undefined || factor === 'bad') {
      setExportStatus({ text: t('playbook.export.badNumber', { field: t('playbook.export.stretch'), min: 1, max: 10 }), error: true });
      return;
    }
    const target = (text: string, field: string): PlaybookTarget[] | 'bad' => {
      const floor = numberOf(text, 0, 1e12);
      if (floor === 'bad') {
        setExportStatus({ text: t('playbook.export.badNumber', { field, min: 0, max: 1e12 }), error: true });
        return 'bad';
      }
      return floor === undefined ? [] : [{ period: 'month', periodKey: month, kpi, floor }];
    };
    const defaults = target(defaultFloor, t('playbook.export.defaultTarget', { month }));
    if (defaults === 'bad') return;
    const perRep: Playbook['targets']['perRep'] = [];
    for (const rep of reps) {
      const own = target(repFloors[rep.repId] ?? '', t('playbook.export.repTarget', { rep: rep.name }));
      if (own === 'bad') return;
      if (own.length) perRep.push({ repId: rep.repId, repName: rep.name, targets: own });
    }
    try {
      const written = await exportPlaybook(
        {
          locale,
          effectiveSeconds: profile.effectiveSeconds,
          team: profile.team,
          lead: profile.repName,
          changes,
          targets: { stretchFactor: factor, default: defaults, perRep },
          now: now(),
        },
        db,
      );
      downloadTextFile(written.fileName, written.text);
      setExportStatus({ text: t('playbook.export.saved', { file: written.fileName }), error: false });
      setNextVersion(written.pack.playbookVersion + 1);
    } catch (failure) {
      setExportStatus({ text: t('playbook.export.failed', { detail: String(failure) }), error: true });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file || !profile) return;
    setPack(undefined);
    setDiff(undefined);
    setAccepted(new Set());
    setChoices(new Map());
    setImportStatus({ text: t('playbook.import.reading', { file: file.name }), error: false });
    const read = await readPlaybookFile(file);
    if (!read.ok) {
      const reason =
        read.error.code === 'unreadable'
          ? (read.error.detail ?? '')
          : describeFileError(read.error as Parameters<typeof describeFileError>[0], t);
      setImportStatus({ text: t('playbook.import.refused', { reason }), error: true });
      return;
    }
    const [mine, planBasis] = await Promise.all([
      readPlaybookState(read.value.objections.locale, profile.effectiveSeconds, db),
      loadPlanBasis(proposedTargetsFor(read.value, profile.repId), dayKeyOf(now()), profile.industry, db),
    ]);
    setBasis(planBasis);
    setPack(read.value);
    setDiff(diffPlaybook(mine, read.value, profile.repId));
    setImportStatus(undefined);
  };

  const onApply = async () => {
    if (!pack || !profile || !basis || (accepted.size === 0 && choices.size === 0)) return;
    const at = now();
    const answered = buildTargetAnswers(
      proposedTargetsFor(pack, profile.repId),
      choices,
      basis,
      pack.targets.stretchFactor,
      pack.playbookVersion,
      at,
    );
    if (!answered.ok) {
      const problem = answered.problem;
      const names = problem ? { period: problem.target.periodKey, kpi: t(`team.kpi.${problem.target.kpi}`) } : { period: '', kpi: '' };
      const text =
        !problem || problem.code === 'no-number'
          ? t('playbook.answer.noNumber', names)
          : t('playbook.answer.badNumber', { ...names, problem: t(`targets.problem.${problem.code}`) });
      setImportStatus({ text, error: true });
      return;
    }
    const areasToApply = new Set(accepted);
    if (answered.value) areasToApply.add('targets');
    setBusy(true);
    try {
      await acceptPlaybook(
        { pack, areas: areasToApply, repId: profile.repId, browserLanguage, now: at, targetAnswers: answered.value },
        db,
      );
      const areas = [...areasToApply].map((area) => t(`playbook.area.${area}`)).join(', ');
      setImportStatus({ text: t('playbook.import.applied', { version: pack.playbookVersion, day: dayKeyOf(at), areas }), error: false });
      setPack(undefined);
      setDiff(undefined);
      setAccepted(new Set());
      setChoices(new Map());
      await reload();
    } catch (failure) {
      setImportStatus({ text: t('playbook.import.failed', { detail: String(failure) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const toggle = (area: PlaybookArea, on: boolean) =>
    setAccepted((previous) => {
      const next = new Set(previous);
      if (on) next.add(area);
      else next.delete(area);
      return next;
    });

  // Nothing to act on until the rep's profile is read: a file picked earlier would be ignored.
  if (!profile) return <div class="playbook-view" aria-busy="true" />;
  return (
    <div class="playbook-view">
      <p>{t('playbook.intro')}</p>
      <section class="card" aria-labelledby="playbook-export-heading">
        <h3 id="playbook-export-heading">{t('playbook.export.heading')}</h3>
        <p>{t('playbook.export.next', { version: nextVersion })}</p>
        <label class="field">
          {t('playbook.export.changes')}
          <textarea rows={3} value={changes} onInput={(event) => setChanges(event.currentTarget.value)} />
        </label>
        <div class="playbook-row">
          <label class="field">
            {t('playbook.export.kpi')}
            <select value={kpi} onChange={(event) => setKpi(event.currentTarget.value as Kpi)}>
              {KPIS.map((option) => (
                <option key={option} value={option}>
                  {t(`team.kpi.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            {t('playbook.export.stretch')}
            <input type="number" min={1} max={10} step={0.05} value={stretch} onInput={(event) => setStretch(event.currentTarget.value)} />
          </label>
          <label class="field">
            {t('playbook.export.defaultTarget', { month })}
            <input type="number" min={0} value={defaultFloor} onInput={(event) => setDefaultFloor(event.currentTarget.value)} />
          </label>
        </div>
        {reps.length === 0 ? (
          <p class="hint">{t('playbook.export.noReps')}</p>
        ) : (
          <>
            <p class="hint">{t('playbook.export.repsHint')}</p>
            <div class="playbook-row">
              {reps.map((rep) => (
                <label key={rep.repId} class="field">
                  {t('playbook.export.repTarget', { rep: rep.name })}
                  <input
                    type="number"
                    min={0}
                    value={repFloors[rep.repId] ?? ''}
                    onInput={(event) => setRepFloors({ ...repFloors, [rep.repId]: event.currentTarget.value })}
                  />
                </label>
              ))}
            </div>
          </>
        )}
        <button type="button" class="primary" disabled={!profile} onClick={() => void onExport()}>
          {t('playbook.export.button')}
        </button>
        {exportStatus && (
          <p role={exportStatus.error ? 'alert' : 'status'} class={exportStatus.error ? 'error' : 'status'}>
            {exportStatus.text}
          </p>
        )}
      </section>

      <section class="card" aria-labelledby="playbook-import-heading">
        <h3 id="playbook-import-heading">{t('playbook.import.heading')}</h3>
        <p>
          {settings?.playbook
            ? t('playbook.import.current', { version: settings.playbook.version, day: dayKeyOf(settings.playbook.acceptedAt) })
            : t('playbook.import.noneYet')}
        </p>
        {lastAnswers && (
          <p>
            {t('playbook.answer.last', {
              version: lastAnswers.playbookVersion,
              day: dayKeyOf(lastAnswers.answeredAt),
              answers: lastAnswers.targets
                .map((target) =>
                  t(target.answer === 'own' ? 'playbook.answer.lastOwn' : 'playbook.answer.lastAccepted', {
                    period: target.periodKey,
                    kpi: t(`team.kpi.${target.kpi}`),
                    agreed: target.agreed,
                    proposed: target.proposed,
                  }),
                )
                .join('; '),
            })}
          </p>
        )}
        <label class="field">
          {t('playbook.import.label')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const input = event.currentTarget;
              void onFile(input.files?.[0]).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
        {importStatus && (
          <p role={importStatus.error ? 'alert' : 'status'} class={importStatus.error ? 'error' : 'status'}>
            {importStatus.text}
          </p>
        )}
        {pack && diff && (
          <>
            <p>
              <strong>
                {t('playbook.import.pack', {
                  version: pack.playbookVersion,
                  lead: pack.lead || '—',
                  team: pack.team || '—',
                  day: dayKeyOf(pack.createdAt),
                })}
              </strong>
            </p>
            {pack.changelog.length > 0 && (
              <details open>
                <summary>{t('playbook.import.changelog')}</summary>
                <ul>
                  {[...pack.changelog].reverse().map((entry) => (
                    <li key={entry.version}>
                      v{entry.version} ({entry.day}): {entry.text}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <p class="hint">{t('playbook.import.hint')}</p>
            <PlaybookDiffView
              diff={diff}
              accepted={accepted}
              onToggle={toggle}
              t={t}
              targetsAnswer={
                proposedTargetsFor(pack, profile.repId).length > 0 && (
                  <TargetAnswerView
                    targets={proposedTargetsFor(pack, profile.repId)}
                    stretchFactor={pack.targets.stretchFactor}
                    choices={choices}
                    basis={basis}
                    onChoice={(key, choice) => setChoices((previous) => new Map(previous).set(key, choice))}
                    t={t}
                    language={language}
                  />
                )
              }
            />
            <button
              type="button"
              class="primary"
              disabled={busy || (accepted.size === 0 && choices.size === 0)}
              onClick={() => void onApply()}
            >
              {t('playbook.import.apply')}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
