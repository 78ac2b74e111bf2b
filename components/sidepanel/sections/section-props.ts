import type { Profile } from '../../../lib/settings/settings';
import type { PanelServices } from '../../../lib/ui/panel-services';
import type { CallField } from '../../../lib/ui/use-call-actions';
import type { CallFlow } from '../../../lib/ui/use-call-flow';
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

/** What the shell hands every section; the Call section uses the running call, others may ignore it. */
export interface PanelSectionProps extends SectionProps {
  /** The running call, shared by every section (lib/ui/use-call-flow.ts). */
  call: CallFlow;
  /** The record card shows only the customer's name (the panel collapses it during a call). */
  recordCollapsed: boolean;
  onToggleRecord(): void;
  /** A call field the rep asked for from the palette. */
  focusRequest?: { field: CallField; count: number };
}
