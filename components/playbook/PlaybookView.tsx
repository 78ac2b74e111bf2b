import { useEffect, useState } from 'preact/hooks';
import { dayKeyOf } from '../../lib/calendar/day-key';
import { describeFileError } from '../../lib/formats/file-errors';
import { acceptPlaybook } from '../../lib/playbook/accept-playbook';
import { loadLeadHistory } from '../../lib/playbook/build-playbook';
import { diffPlaybook, type PlaybookDiff, proposedTargetsFor } from '../../lib/playbook/playbook-diff';
import type { Playbook, PlaybookArea } from '../../lib/playbook/playbook-schema';
import { knownReps, readPlaybookState } from '../../lib/playbook/playbook-state';
import { readPlaybookFile } from '../../lib/playbook/read-playbook';
import { buildTargetAnswers, loadPlanBasis, type PlanBasis, type TargetChoice } from '../../lib/playbook/target-answer';
import { nowOf } from '../../lib/services/app-services';
import { loadProfile, type Profile, resolveLanguage } from '../../lib/settings/settings';
import type { SummaryTargetAnswers } from '../../lib/team/summary-schema';
import { loadTargetAnswers } from '../../lib/team/summary-target-answers';
import { loadTeamSettings, type TeamSettings } from '../../lib/team/team-settings';
import type { DashboardViewProps } from '../dashboard/views';
import { useI18n } from '../shared/i18n';
import { PlaybookDiffView } from './PlaybookDiffView';
import { PlaybookExportCard } from './PlaybookExportCard';
import { TargetAnswerView } from './TargetAnswerView';
import './playbook.css';

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
      <PlaybookExportCard
        db={db}
        profile={profile}
        locale={locale}
        month={month}
        now={now}
        reps={reps}
        nextVersion={nextVersion}
        onExported={(version) => setNextVersion(version + 1)}
      />

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
