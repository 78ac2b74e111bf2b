import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n';

/** How long "Confirm discard" waits for the second press before turning back into "Discard call". */
const CONFIRM_DISCARD_MS = 4000;

/**
 * Two presses to throw a call away: it sits right after Save call in the tab
 * order, so one stray Tab+Enter must not lose the call. The first press arms
 * it for a few seconds or until focus leaves it.
 */
export function DiscardButton({ onDiscard }: { onDiscard(): void }) {
  const { t } = useI18n();
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), CONFIRM_DISCARD_MS);
    return () => clearTimeout(timer);
  }, [armed]);
  return (
    <button
      type="button"
      class={armed ? 'confirm-discard' : undefined}
      onBlur={() => setArmed(false)}
      onClick={() => {
        if (!armed) {
          setArmed(true);
          return;
        }
        setArmed(false);
        onDiscard();
      }}
    >
      {t(armed ? 'call.confirmDiscard' : 'call.discard')}
    </button>
  );
}
