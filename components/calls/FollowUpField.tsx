import type { Ref } from 'preact';
import { CALL_BACK_OUTCOME_ID } from '../../lib/calls/call-flow';
import { followUpPresets } from '../../lib/calls/follow-up-presets';
import { followUpPresetLabel } from '../../lib/ui/follow-up-label';
import { formatDateTime, fromDateTimeInput, toDateTimeInput } from '../../lib/ui/time-format';
import { useI18n } from '../shared/i18n';

export interface FollowUpFieldProps {
  followUpAt: number | undefined;
  outcomeId: string | undefined;
  now: () => number;
  presetsRef?: Ref<HTMLDivElement>;
  onChange(followUpAt: number | undefined): void;
}

/**
 * When to call the customer back: one press on a preset (in 1 hour, tomorrow
 * 10:00, ...) or any date and time. A "Call back" outcome asks for it.
 */
export function FollowUpField({ followUpAt, outcomeId, now, presetsRef, onChange }: FollowUpFieldProps) {
  const { t, language } = useI18n();
  const asked = outcomeId === CALL_BACK_OUTCOME_ID && followUpAt === undefined;
  return (
    <fieldset class={`follow-up-field${asked ? ' is-asked' : ''}`}>
      <legend>{t('call.followUp')}</legend>
      {asked && <p class="follow-up-ask">{t('call.followUpAsk')}</p>}
      {/* A group inside the follow-up fieldset: a nested fieldset would repeat its legend. */}
      {/* biome-ignore lint/a11y/useSemanticElements: see above */}
      <div class="follow-up-presets" role="group" aria-label={t('call.followUpPresets')} ref={presetsRef}>
        {followUpPresets(now()).map((preset) => (
          <button
            key={preset.id}
            type="button"
            data-preset={preset.id}
            aria-pressed={followUpAt === preset.at}
            onClick={() => onChange(preset.at)}
          >
            {followUpPresetLabel(preset, t, language)}
          </button>
        ))}
        {followUpAt !== undefined && (
          <button type="button" onClick={() => onChange(undefined)}>
            {t('call.followUpClear')}
          </button>
        )}
      </div>
      <input
        type="datetime-local"
        class="follow-up-input"
        aria-label={t('call.followUp')}
        value={toDateTimeInput(followUpAt)}
        onChange={(event) => onChange(fromDateTimeInput(event.currentTarget.value))}
      />
      {followUpAt !== undefined && <p class="muted hint">{t('call.followUpSet', { time: formatDateTime(followUpAt, language) })}</p>}
    </fieldset>
  );
}
