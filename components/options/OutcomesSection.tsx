import * as z from 'zod/mini';
import { HotkeyTakenError, listOutcomes, saveOutcomes } from '../../lib/calls/outcomes';
import type { OutcomeRecord } from '../../lib/db/records';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { OutcomesEditor } from '../calls/OutcomesEditor';
import { useI18n } from '../shared/i18n';
import type { OptionsSectionProps } from './sections';

/** Options: the team's outcomes, their funnel flags and hotkeys. */
export function OutcomesSection({ db }: OptionsSectionProps) {
  const { t, language } = useI18n();
  const state = useLiveQuery(() => listOutcomes(db, true), [db]);
  if (state.status === 'error')
    return (
      <p role="alert" class="error">
        {describeStorageError(state.error, t)}
      </p>
    );
  if (state.status === 'loading') return <p class="muted">{t('common.loading')}</p>;
  return (
    <OutcomesEditor
      key={state.value.map((outcome) => outcome.id).join()}
      outcomes={state.value}
      onSave={async (outcomes: OutcomeRecord[]) => {
        try {
          await saveOutcomes(outcomes, db);
          return undefined;
        } catch (error) {
          if (error instanceof HotkeyTakenError)
            return t('outcomes.hotkeyTaken', { key: error.hotkey, label: error.takenBy.label[language] || error.takenBy.label.en });
          if (error instanceof z.core.$ZodError) return t('outcomes.invalid', { problem: z.prettifyError(error) });
          return describeStorageError(error, t);
        }
      }}
    />
  );
}
