import type { Translate } from '../../lib/i18n';
import type { PlaybookDiff } from '../../lib/playbook/playbook-diff';
import { PLAYBOOK_AREAS, type PlaybookArea } from '../../lib/playbook/playbook-schema';
import { isKpi } from '../../lib/targets/month-view';

/** A target's change is keyed period|kpi (lib/playbook/playbook-diff.ts): shown with the KPI's name in the UI language. */
function targetLabel(key: string, t: Translate): string {
  const [periodKey = '', kpi = ''] = key.split('|');
  return isKpi(kpi) ? `${periodKey} ${t(`team.kpi.${kpi}`)}` : key;
}

/** What an imported pack changes, per area, with an Accept box each. Display only: every text from the pack is rendered as text. */
export function PlaybookDiffView({
  diff,
  accepted,
  onToggle,
  t,
  targetsAnswer,
}: {
  diff: PlaybookDiff;
  accepted: ReadonlySet<PlaybookArea>;
  onToggle: (area: PlaybookArea, on: boolean) => void;
  t: Translate;
  /** The rep answers proposed targets one by one here instead of accepting the area whole. */
  targetsAnswer?: preact.ComponentChildren;
}) {
  return (
    <div class="playbook-diff">
      {PLAYBOOK_AREAS.map((area) => {
        const changes = diff[area];
        const name = t(`playbook.area.${area}`);
        const headingId = `playbook-area-${area}`;
        return (
          <section key={area} class="playbook-area" aria-labelledby={headingId}>
            <h4 id={headingId}>
              {name}{' '}
              <span class="playbook-count">
                {changes.length ? t('playbook.import.changes', { count: changes.length }) : t('playbook.import.noChanges')}
              </span>
            </h4>
            {area === 'targets' && targetsAnswer}
            {changes.length > 0 && (
              <>
                {!(area === 'targets' && targetsAnswer) && (
                  <label class="playbook-accept">
                    <input
                      type="checkbox"
                      checked={accepted.has(area)}
                      aria-label={t('playbook.import.acceptArea', { area: name })}
                      onChange={(event) => onToggle(area, event.currentTarget.checked)}
                    />
                    {t('playbook.import.accept')}
                  </label>
                )}
                <ul class="playbook-changes">
                  {changes.map((change) => (
                    <li key={`${change.status}-${change.key}`} class={`playbook-change playbook-${change.status}`}>
                      <strong>{t(`playbook.status.${change.status}`)}</strong>{' '}
                      {area === 'targets' ? targetLabel(change.key, t) : change.label}
                      {change.before !== undefined && (
                        <div class="playbook-text">
                          <span class="playbook-side">{t('playbook.import.before')}</span>
                          <span>{change.before}</span>
                        </div>
                      )}
                      {change.after !== undefined && (
                        <div class="playbook-text">
                          <span class="playbook-side">{t('playbook.import.after')}</span>
                          <span>{change.after}</span>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
