import * as z from 'zod/mini';
import { saveProfileAndSeed } from '../../lib/content/default-content';
import { nowOf } from '../../lib/services/app-services';
import { storageErrorText as describeStorageError } from '../../lib/ui/storage-error-text';
import { useI18n } from '../shared/i18n';
import { ProfileForm } from './ProfileForm';
import type { OptionsSectionProps } from './sections';

export function ProfileSection({ db, profile, services }: OptionsSectionProps) {
  const { t } = useI18n();
  return (
    <ProfileForm
      key={profile.repId}
      profile={profile}
      onSave={async (next) => {
        try {
          // A new language or industry brings its default scripts, objections and calendar.
          await saveProfileAndSeed(profile, next, db, services?.browserLanguage, nowOf(services));
          return undefined;
        } catch (error) {
          if (error instanceof z.core.$ZodError) return z.prettifyError(error);
          return describeStorageError(error, t);
        }
      }}
    />
  );
}
