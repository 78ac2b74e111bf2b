import { useState } from 'preact/hooks';
import { draftLines, draftText } from '../../lib/calls/draft-text';
import type { Translate } from '../../lib/i18n';
import { useDatabaseRecovery } from '../../lib/ui/use-database-recovery';

interface Props {
  /** The storage problem in words (lib/ui/storage-error-text.ts). */
  problem: string;
  databaseName: string;
  language: 'en' | 'zh-CN';
  t: Translate;
  copyText(text: string): Promise<void>;
  /** Runs once the database opens again (default: the panel reloads). */
  onReopened?: () => void;
}

/**
 * The panel when the database cannot be opened: the cause, and the rep's kept
 * call read-only with a way to copy it, until the database opens again.
 */
export function DatabaseUnavailable({ problem, databaseName, language, t, copyText, onReopened }: Props) {
  const { drafts, failedTries, retry } = useDatabaseRecovery(databaseName, onReopened);
  const [copied, setCopied] = useState<{ id: string; ok: boolean }>();
  const shown = (drafts ?? []).map((draft) => ({ id: draft.id, lines: draftLines(draft, t, language) })).filter((d) => d.lines.length > 0);
  return (
    <div class="database-unavailable" style={{ padding: '12px' }}>
      <p role="alert" class="error">
        {problem}
      </p>
      {shown.map(({ id, lines }) => (
        <section key={id} aria-labelledby={`kept-${id}`} class="kept-draft">
          <h2 id={`kept-${id}`}>{t('call.kept.title')}</h2>
          <p class="muted">{t('call.kept.intro')}</p>
          <dl>
            {lines.map(({ label, value }) => (
              <div key={label}>
                <dt>{label}</dt>
                {/* Page text (names, notes) as text, isolated from the labels' direction. */}
                <dd>
                  <bdi>{value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            onClick={() =>
              void copyText(draftText(lines)).then(
                () => setCopied({ id, ok: true }),
                () => setCopied({ id, ok: false }),
              )
            }
          >
            {t('call.kept.copy')}
          </button>
          {copied?.id === id && (
            <p role="status" class={copied.ok ? 'muted' : 'error'}>
              {t(copied.ok ? 'call.kept.copied' : 'call.kept.copyFailed')}
            </p>
          )}
        </section>
      ))}
      <p>
        <button type="button" onClick={retry}>
          {t('call.kept.retry')}
        </button>
      </p>
      {failedTries > 0 && (
        <p role="status" class="muted">
          {t('call.kept.still')}
        </p>
      )}
    </div>
  );
}
