import './script.css';
import { useState } from 'preact/hooks';
import type { TemplateSegment } from '../../lib/scripts/template';
import { stripBidiControls } from '../../lib/ui/bidi';
import { useI18n } from '../shared/i18n';

export interface FilledLineProps {
  segments: readonly TemplateSegment[];
  labelFor(key: string): string;
  /** The rep typed a value for a gap; absent in read-only previews. */
  onFill?(key: string, value: string): void;
}

/** One script line: values as plain text, each missing value as a visible gap the rep can fill. */
export function FilledLine({ segments, labelFor, onFill }: FilledLineProps) {
  return (
    <p class="script-line">
      {segments.map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : segment.kind === 'value' ? (
          // Values come from the CRM page: isolated, bidi controls removed.
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one line never reorder
          <mark key={index} class="script-value" title={labelFor(segment.key)}>
            <bdi>{stripBidiControls(segment.text)}</bdi>
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one line never reorder
          <Gap key={index} label={labelFor(segment.key)} onFill={onFill && ((value) => onFill(segment.key, value))} />
        ),
      )}
    </p>
  );
}

function Gap({ label, onFill }: { label: string; onFill?: (value: string) => void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  if (!onFill) return <span class="script-gap">[{label}]</span>;
  if (!editing)
    return (
      <button type="button" class="script-gap" aria-label={t('script.gap', { label })} onClick={() => setEditing(true)}>
        [{label}]
      </button>
    );
  return (
    <form
      class="script-gap-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onFill(value.trim());
        setEditing(false);
      }}
    >
      <input
        aria-label={t('script.gapInput', { label })}
        value={value}
        autoFocus
        size={Math.max(6, label.length)}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setEditing(false);
        }}
      />
      <button type="submit">{t('script.gapUse')}</button>
    </form>
  );
}
