import type { Translate } from '../../lib/i18n';
import { fixedBySiteAccess, type ReadFailure } from '../../lib/page-reader/read-errors';
import { useI18n } from '../shared/i18n';

export interface TabAccessCardProps {
  failure: ReadFailure;
  /** The browser's own words, shown only for failures without a known cause. */
  reason: string;
  /** The shortcut that opens the panel on a tab ('' when none is set, undefined while unknown). */
  shortcut?: string;
  /** Reads tried from this card since it appeared; each one says so, so a click never seems to do nothing. */
  retries: number;
  busy?: 'reading' | 'asking';
  /** What came of "Enable on this site", already translated. */
  notice?: { text: string; error: boolean };
  onRead(): void;
  onEnableSite(): void;
}

function failureText(failure: ReadFailure, reason: string, t: Translate): string {
  return failure === 'other' ? t('page.failure.other', { reason }) : t(`page.failure.${failure}`);
}

/** Why the tab beside the panel cannot be read, and the controls that fix it. */
export function TabAccessCard({ failure, reason, shortcut, retries, busy, notice, onRead, onEnableSite }: TabAccessCardProps) {
  const { t } = useI18n();
  const offerSite = fixedBySiteAccess(failure);
  const showHint = offerSite || failure === 'not-answering';
  return (
    <section class="card stack tab-access" aria-label={t('page.title')} aria-busy={busy ? 'true' : undefined}>
      <p role="alert" class="tab-access-why">
        {failureText(failure, reason, t)}
        {retries > 0 && !busy && <span class="muted"> {t('page.triedAgain', { count: retries })}</span>}
      </p>
      {showHint && shortcut !== undefined && (
        <p class="muted">{shortcut ? t('page.accessHint', { shortcut }) : t('page.accessHintNoShortcut')}</p>
      )}
      <div class="row page-actions">
        <button type="button" class={offerSite ? undefined : 'primary'} onClick={onRead} disabled={busy !== undefined}>
          {t('page.readOnce')}
        </button>
        {offerSite && (
          <button type="button" class="primary" onClick={onEnableSite} disabled={busy !== undefined}>
            {t('page.enableSite')}
          </button>
        )}
      </div>
      {busy && (
        <p role="status" class="muted">
          {busy === 'asking' ? t('page.askingSite') : t('page.reading')}
        </p>
      )}
      {notice && !busy && (
        <p role="status" class={notice.error ? 'error' : undefined}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
