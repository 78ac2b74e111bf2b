import { useState } from 'preact/hooks';
import type { CallsideDatabase } from '../../lib/db/database';
import type { Kpi } from '../../lib/db/records';
import { exportPlaybook } from '../../lib/playbook/build-playbook';
import type { Playbook, PlaybookTarget } from '../../lib/playbook/playbook-schema';
import type { Profile } from '../../lib/settings/settings';
import { downloadTextFile } from '../calls/download';
import { useI18n } from '../shared/i18n';

const KPIS: readonly Kpi[] = ['deals', 'revenue', 'issued', 'quotes', 'effective', 'connects', 'dials'];

/** Reads a number field: empty is "not set", anything else must be inside the bounds. */
function numberOf(text: string, min: number, max: number): number | undefined | 'bad' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : 'bad';
}

/** The lead's side: the next version's pack from their own settings, with a month target per rep or a default. */
export function PlaybookExportCard({
  db,
  profile,
  locale,
  month,
  now,
  reps,
  nextVersion,
  onExported,
}: {
  db: CallsideDatabase;
  profile: Profile;
  locale: 'en' | 'zh-CN';
  /** The month the targets are for (YYYY-MM). */
  month: string;
  now: () => number;
  reps: readonly { repId: string; name: string }[];
  nextVersion: number;
  onExported: (version: number) => void;
}) {
  const { t } = useI18n();
  const [changes, setChanges] = useState('');
  const [stretch, setStretch] = useState('1.2');
  const [kpi, setKpi] = useState<Kpi>('deals');
  const [defaultFloor, setDefaultFloor] = useState('');
  const [repFloors, setRepFloors] = useState<Record<string, string>>({});
  const [exportStatus, setExportStatus] = useState<{ text: string; error: boolean }>();

  const onExport = async () => {
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
      onExported(written.pack.playbookVersion);
    } catch (failure) {
      setExportStatus({ text: t('playbook.export.failed', { detail: String(failure) }), error: true });
    }
  };

  return (
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
      <button type="button" class="primary" onClick={() => void onExport()}>
        {t('playbook.export.button')}
      </button>
      {exportStatus && (
        <p role={exportStatus.error ? 'alert' : 'status'} class={exportStatus.error ? 'error' : 'status'}>
          {exportStatus.text}
        </p>
      )}
    </section>
  );
}
