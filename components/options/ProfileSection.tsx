import * as z from 'zod/mini';
import { saveProfile } from '../../lib/settings/settings';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useI18n } from '../shared/i18n';
import { ProfileForm } from './ProfileForm';
import type { OptionsSectionProps } from './sections';

export function ProfileSection({ db, profile }: OptionsSectionProps) {
  const { t } = useI18n();
  return (
    <ProfileForm
      key={profile.repId}
      profile={profile}
      onSave={async (next) => {
        try {
          await saveProfile(next, db);
          return undefined;
        } catch (error) {
          if (error instanceof z.core.$ZodError) return z.prettifyError(error);
          return describeStorageError(error, t);
        }
      }}
    />
  );
}
