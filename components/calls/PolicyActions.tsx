import { useEffect, useRef } from 'preact/hooks';
import type { PolicyState } from '../../lib/targets/month-calls';
import { useI18n } from '../shared/i18n';

export interface PolicyActionsProps {
  state: PolicyState;
  /** Who the deal is, for the buttons' accessible names ("Mark the deal of Li Lei, 10:01 issued"). */
  who: string;
  onMark(next: PolicyState): void;
}

const STATE_KEY = {
  awaiting: 'targets.policy.awaiting',
  issued: 'targets.policy.issued',
  declined: 'targets.policy.declined',
} as const;

/** A deal's policy state (受理 → 承保) with the buttons that move it; display-only. */
export function PolicyActions({ state, who, onMark }: PolicyActionsProps) {
  const { t } = useI18n();
  // The pressed button is replaced by the next state's buttons: focus follows to the first of them,
  // so a keyboard user can undo at once instead of starting again from the top of the page.
  const group = useRef<HTMLFieldSetElement>(null);
  // The state the press moved away from; the effect acts only once the state has actually changed.
  const pressedIn = useRef<PolicyState | undefined>(undefined);
  useEffect(() => {
    if (pressedIn.current === undefined || pressedIn.current === state) return;
    pressedIn.current = undefined;
    group.current?.querySelector('button')?.focus();
  }, [state]);
  const mark = (next: PolicyState) => {
    pressedIn.current = state;
    onMark(next);
  };
  return (
    <fieldset ref={group} aria-label={t('targets.policy.group', { who })} class="row" style={{ border: 0, margin: 0, padding: 0 }}>
      <span class={state === 'awaiting' ? 'muted' : undefined}>{t(STATE_KEY[state])}</span>
      {state === 'awaiting' ? (
        <>
          <button type="button" aria-label={t('targets.policy.markIssuedOne', { who })} onClick={() => mark('issued')}>
            {t('targets.policy.markIssued')}
          </button>
          <button type="button" aria-label={t('targets.policy.markDeclinedOne', { who })} onClick={() => mark('declined')}>
            {t('targets.policy.markDeclined')}
          </button>
        </>
      ) : (
        <button type="button" aria-label={t('targets.policy.undoOne', { who })} onClick={() => mark('awaiting')}>
          {t('targets.policy.undo')}
        </button>
      )}
    </fieldset>
  );
}
