import type { CallsideDatabase } from '../../lib/db/database';
import type { MessageKey } from '../../lib/i18n';
import type { AppServices } from '../../lib/services/app-services';
import type { Profile } from '../../lib/settings/settings';
import { ComplianceSection } from '../compliance/ComplianceSection';
import { ObjectionsOptionsSection } from '../objections/ObjectionsOptionsSection';
import { SiteMappingsSection } from '../page-reader/SiteMappingsSection';
import { ScriptsOptionsSection } from '../scripts/ScriptsOptionsSection';
import { CalendarOptionsSection } from '../targets/CalendarOptionsSection';
import { ReversePlanSection } from '../targets/ReversePlanSection';
import { TargetsOptionsSection } from '../targets/TargetsOptionsSection';
import { OutcomesSection } from './OutcomesSection';
import { ProfileSection } from './ProfileSection';

export interface OptionsSectionProps {
  /** The database to hand to lib/ repository functions (same as services.db). */
  db: CallsideDatabase;
  profile: Profile;
  /** The page's clock and language (lib/services/app-services.ts); the real clock when not given. */
  services?: AppServices;
}

/** The options page's sections, in navigation order; each feature adds its own here. */
export const OPTIONS_SECTIONS = {
  profile: { title: 'options.profile', component: ProfileSection },
  outcomes: { title: 'outcomes.title', component: OutcomesSection },
  scripts: { title: 'options.scripts', component: ScriptsOptionsSection },
  objections: { title: 'options.objections', component: ObjectionsOptionsSection },
  compliance: { title: 'compliance.title', component: ComplianceSection },
  targets: { title: 'targets.options.title', component: TargetsOptionsSection },
  reversePlan: { title: 'targets.reverse.title', component: ReversePlanSection },
  calendar: { title: 'targets.calendar.title', component: CalendarOptionsSection },
  siteMappings: { title: 'mappings.title', component: SiteMappingsSection },
} satisfies Record<string, { title: MessageKey; component: (props: OptionsSectionProps) => preact.JSX.Element }>;

export type OptionsRoute = keyof typeof OPTIONS_SECTIONS;
