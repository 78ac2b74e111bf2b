import type { CallsideDatabase } from '../../lib/db/database';
import type { MessageKey } from '../../lib/i18n';
import type { Profile } from '../../lib/settings/settings';
import { ProfileSection } from './ProfileSection';

export interface OptionsSectionProps {
  db: CallsideDatabase;
  profile: Profile;
}

/** The options page's sections, in navigation order; each feature adds its own here. */
export const OPTIONS_SECTIONS = {
  profile: { title: 'options.profile', component: ProfileSection },
} satisfies Record<string, { title: MessageKey; component: (props: OptionsSectionProps) => preact.JSX.Element }>;

export type OptionsRoute = keyof typeof OPTIONS_SECTIONS;
