import { useState } from 'preact/hooks';
import type { DncImportProgress } from '../../lib/compliance/dnc-import';
import { formatNumber } from '../../lib/i18n';
import { useI18n } from '../shared/i18n';

export interface DncListEditorProps {
  count: number;
  /** Set while an import runs: which step, and how far. */
  progress?: DncImportProgress;
  /** Each resolves to a message to show (already translated) and whether it is an error. */
  onAdd(phoneRaw: string): Promise<{ text: string; error?: boolean }>;
  onImport(file: File): Promise<{ text: string; error?: boolean }>;
  onExport(): void;
}

/** The local do-not-call list: how many, add one, import and export the hashed list. */
export function DncListEditor({ count, progress, onAdd, onImport, onExport }: DncListEditorProps) {
  const { t, language } = useI18n();
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  return (
    <section class="settings-form stack" aria-labelledby="dnc-title">
      <h2 id="dnc-title">{t('dnc.title')}</h2>
      <p class="muted">{t('dnc.count', { count })}</p>
      <form
        class="row"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!phone.trim()) return;
          const result = await onAdd(phone.trim());
          setMessage(result);
          if (!result.error) setPhone('');
        }}
      >
        <label class="field">
          <span>{t('dnc.add')}</span>
          <input type="tel" value={phone} maxLength={40} onInput={(event) => setPhone(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('dnc.addButton')}</button>
      </form>
      <div class="row">
        <button type="button" onClick={onExport}>
          {t('dnc.export')}
        </button>
        <label class="button-like">
          {t('dnc.import')}
          <input
            type="file"
            disabled={progress !== undefined}
            accept="application/json,.json,text/plain,.txt,text/csv,.csv"
            class="visually-hidden"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) setMessage(await onImport(file));
            }}
          />
        </label>
      </div>
      {progress && (
        <div class="stack">
          <progress id="dnc-progress" aria-label={t('dnc.progressLabel')} value={progress.done} max={progress.total} />
          <p role="status" aria-live="polite" class="muted">
            {t(`dnc.progress.${progress.phase}`, {
              done: formatNumber(progress.done, language),
              total: formatNumber(progress.total, language),
            })}
          </p>
        </div>
      )}
      {message && !progress && (
        <p role="status" class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
