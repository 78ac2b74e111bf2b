import { useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n';

export interface DncListEditorProps {
  count: number;
  /** Each resolves to a message to show (already translated) and whether it is an error. */
  onAdd(phoneRaw: string): Promise<{ text: string; error?: boolean }>;
  onImport(file: File): Promise<{ text: string; error?: boolean }>;
  onExport(): void;
}

/** The local do-not-call list: how many, add one, import and export the hashed list. */
export function DncListEditor({ count, onAdd, onImport, onExport }: DncListEditorProps) {
  const { t } = useI18n();
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
      {message && (
        <p role="status" class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
