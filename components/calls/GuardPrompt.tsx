import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n';

export interface GuardPromptProps {
  /** One sentence per broken rule (describeViolation). */
  messages: { text: string; severity: 'warning' | 'violation' }[];
  onCallAnyway(reason: string): void;
  onCancel(): void;
}

/** The pre-dial guard's findings; a violation needs a typed reason, a warning only an acknowledgement. */
export function GuardPrompt({ messages, onCallAnyway, onCancel }: GuardPromptProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [showNeed, setShowNeed] = useState(false);
  const needsReason = messages.some((message) => message.severity === 'violation');
  const reasonRef = useRef<HTMLInputElement>(null);
  const goRef = useRef<HTMLButtonElement>(null);
  // autofocus is ignored on elements added after load: focus by hand so the keyboard flow continues here.
  useEffect(() => {
    (needsReason ? reasonRef.current : goRef.current)?.focus();
  }, [needsReason]);
  return (
    <section
      class="card stack guard"
      aria-label={t('guard.region')}
      role="alert"
      onKeyDown={(event) => {
        // Escape backs out of the prompt like Cancel, as it would from a dialog.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h2>{t('guard.region')}</h2>
      <ul>
        {messages.map((message) => (
          <li key={message.text} class={message.severity === 'violation' ? 'error' : 'warn'}>
            {message.text}
          </li>
        ))}
      </ul>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (needsReason && !reason.trim()) {
            setShowNeed(true);
            return;
          }
          onCallAnyway(reason.trim());
        }}
      >
        {needsReason ? (
          <label class="field">
            <span>{t('guard.reason')}</span>
            <input ref={reasonRef} value={reason} onInput={(event) => setReason(event.currentTarget.value)} maxLength={200} />
          </label>
        ) : (
          <p class="muted">{t('guard.warningsOnly')}</p>
        )}
        {showNeed && <p class="error">{t('guard.reasonNeeded')}</p>}
        <div class="row">
          <button ref={goRef} type="submit" class="primary">
            {t('guard.callAnyway')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
