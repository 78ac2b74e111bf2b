import { useState } from 'preact/hooks';
import type { FunnelFlags, OutcomeRecord } from '../../lib/db/records';
import type { MessageKey } from '../../lib/i18n';
import { useI18n } from '../shared/i18n';
import './calls.css';

export interface OutcomesEditorProps {
  outcomes: readonly OutcomeRecord[];
  /** Resolves to an error message, or undefined when saved. */
  onSave(outcomes: OutcomeRecord[]): Promise<string | undefined>;
}

const FLAG_COLUMNS: [keyof FunnelFlags, MessageKey][] = [
  ['connected', 'outcomes.flag.connected'],
  ['effective', 'outcomes.flag.effective'],
  ['quoted', 'outcomes.flag.quoted'],
  ['deal', 'outcomes.flag.deal'],
];

/** A table of outcomes: labels in both languages, hotkey, funnel flags, amount, DNC, archived. */
export function OutcomesEditor({ outcomes, onSave }: OutcomesEditorProps) {
  const { t, language } = useI18n();
  const [rows, setRows] = useState<OutcomeRecord[]>(() => outcomes.map((outcome) => ({ ...outcome })));
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const set = (index: number, change: Partial<OutcomeRecord>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const name = (row: OutcomeRecord) => row.label[language] || row.label.en || row.id;
  const fieldOf = (field: MessageKey, row: OutcomeRecord) => t('outcomes.fieldOf', { field: t(field), outcome: name(row) });
  const check = (index: number, row: OutcomeRecord, field: MessageKey, checked: boolean, change: (on: 0 | 1) => Partial<OutcomeRecord>) => (
    <td>
      <input
        type="checkbox"
        aria-label={fieldOf(field, row)}
        checked={checked}
        onChange={(event) => set(index, change(event.currentTarget.checked ? 1 : 0))}
      />
    </td>
  );
  return (
    <form
      class="outcome-editor stack"
      aria-labelledby="outcomes-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await onSave(rows);
        setStatus(problem ? { ok: false, text: problem } : { ok: true, text: t('outcomes.saved') });
      }}
    >
      <h2 id="outcomes-title">{t('outcomes.title')}</h2>
      <p class="muted">{t('outcomes.help')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.labelEn')}</th>
            <th scope="col">{t('outcomes.labelZh')}</th>
            <th scope="col">{t('outcomes.hotkey')}</th>
            {FLAG_COLUMNS.map(([flag, key]) => (
              <th scope="col" key={flag}>
                {t(key)}
              </th>
            ))}
            <th scope="col">{t('outcomes.needsAmount')}</th>
            <th scope="col">{t('outcomes.addsToDnc')}</th>
            <th scope="col">{t('outcomes.archived')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              <td>
                <input
                  type="text"
                  aria-label={fieldOf('outcomes.labelEn', row)}
                  value={row.label.en}
                  onInput={(event) => set(index, { label: { ...row.label, en: event.currentTarget.value } })}
                />
              </td>
              <td>
                <input
                  type="text"
                  aria-label={fieldOf('outcomes.labelZh', row)}
                  value={row.label['zh-CN']}
                  onInput={(event) => set(index, { label: { ...row.label, 'zh-CN': event.currentTarget.value } })}
                />
              </td>
              <td>
                <input
                  class="hotkey"
                  maxLength={1}
                  aria-label={fieldOf('outcomes.hotkey', row)}
                  value={row.hotkey ?? ''}
                  onInput={(event) => set(index, { hotkey: event.currentTarget.value || undefined })}
                />
              </td>
              {FLAG_COLUMNS.map(([flag, key]) =>
                check(index, row, key, row.flags[flag] === 1, (on) => ({ flags: { ...row.flags, [flag]: on } })),
              )}
              {check(index, row, 'outcomes.needsAmount', row.needsAmount === 1, (on) => ({ needsAmount: on }))}
              {check(index, row, 'outcomes.addsToDnc', row.addsToDnc === 1, (on) => ({ addsToDnc: on }))}
              {check(index, row, 'outcomes.archived', row.archived === 1, (on) => ({ archived: on }))}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            setRows([
              ...rows,
              {
                id: crypto.randomUUID(),
                order: Math.max(0, ...rows.map((row) => row.order)) + 1,
                label: { en: t('outcomes.newLabel'), 'zh-CN': t('outcomes.newLabel') },
                flags: { dialed: 1, connected: 0, effective: 0, quoted: 0, deal: 0 },
                needsAmount: 0,
                addsToDnc: 0,
                archived: 0,
              },
            ])
          }
        >
          {t('outcomes.add')}
        </button>
        <button type="submit" class="primary">
          {t('outcomes.save')}
        </button>
        <span role="status" class={`status-line ${status && !status.ok ? 'error' : ''}`}>
          {status?.text}
        </span>
      </div>
    </form>
  );
}
