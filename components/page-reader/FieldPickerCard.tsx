import { useState } from 'preact/hooks';
import { BUILT_IN_KINDS, type PickedField } from '../../lib/page-reader/page-context';
import { CUSTOM_FIELD_NAME } from '../../lib/page-reader/site-mappings';
import { useI18n } from '../shared/i18n';

export type PickerState = { phase: 'picking' } | { phase: 'picked'; picked: PickedField } | { phase: 'failed'; reason: string };

export interface FieldPickerCardProps {
  state: PickerState;
  onSave(field: string): void;
  onCancel(): void;
}

/** The "Map a field" flow in the panel: waiting for a click on the page, then naming what was picked. */
export function FieldPickerCard({ state, onSave, onCancel }: FieldPickerCardProps) {
  const { t } = useI18n();
  const suggested = state.phase === 'picked' ? state.picked.suggestedKind : undefined;
  const [kind, setKind] = useState<string>(suggested && (BUILT_IN_KINDS as readonly string[]).includes(suggested) ? suggested : 'custom');
  const [customName, setCustomName] = useState('');
  const [showInvalid, setShowInvalid] = useState(false);
  if (state.phase === 'picking' || state.phase === 'failed') {
    return (
      <section class="card stack picker-card" aria-label={t('picker.region')} aria-busy={state.phase === 'picking'}>
        <p class={state.phase === 'failed' ? 'error' : 'muted'} role="status">
          {state.phase === 'failed' ? t('picker.failed', { reason: state.reason }) : t('picker.picking')}
        </p>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </section>
    );
  }
  const { picked } = state;
  return (
    <section class="card stack picker-card" aria-label={t('picker.region')}>
      <div>
        <div class="muted">{t('picker.picked')}</div>
        <div class="picked-value">{picked.value}</div>
        <div class="muted" style={{ fontSize: '12px' }}>
          {picked.labelAnchor ? t('picker.labelAnchor', { label: picked.labelAnchor }) : t('picker.selectorOnly')}
        </div>
      </div>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const field = kind === 'custom' ? customName.trim() : kind;
          if (kind === 'custom' && !CUSTOM_FIELD_NAME.test(field)) {
            setShowInvalid(true);
            return;
          }
          onSave(field);
        }}
      >
        <fieldset>
          <legend>{t('picker.useAs')}</legend>
          {[...BUILT_IN_KINDS, 'custom' as const].map((option) => (
            <label key={option}>
              <input type="radio" name="picker-kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
              {t(`picker.kind.${option}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'custom' && (
          <div>
            <label class="field">
              <span>{t('picker.customName')}</span>
              <input
                autoFocus
                value={customName}
                maxLength={40}
                aria-invalid={showInvalid}
                aria-describedby="picker-custom-help"
                onInput={(event) => {
                  setCustomName(event.currentTarget.value);
                  setShowInvalid(false);
                }}
              />
            </label>
            <span id="picker-custom-help" class="muted" style={{ fontSize: '12px' }}>
              {t('picker.customHelp')}
            </span>
          </div>
        )}
        {showInvalid && (
          <p class="error" role="alert">
            {t('picker.invalidName')}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary">
            {t('picker.save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
