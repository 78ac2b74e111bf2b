import type { Profile } from '../../../lib/settings/settings';
import type { PanelServices } from '../../../lib/ui/panel-services';
import type { PageState } from '../../../lib/ui/use-page-context';

/** What every side panel section receives from the panel shell. */
export interface SectionProps {
  services: PanelServices;
  profile: Profile;
  page: PageState;
  refreshPage(): void;
  /** Key of this panel's current-call draft in the drafts table (see lib/calls/draft.ts). */
  draftId: string;
}
