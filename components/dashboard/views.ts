import type { CallsideDatabase } from '../../lib/db/database';
import type { MessageKey } from '../../lib/i18n';
import type { AppServices } from '../../lib/services/app-services';
import { MeetingBriefView } from '../briefs/MeetingBriefView';
import { PlaybookView } from '../playbook/PlaybookView';
import { HistoryView } from '../targets/HistoryView';
import { SummaryExportView } from '../team/SummaryExportView';
import { TeamView } from '../team/TeamView';
import { BackupView } from './BackupView';
import { CallLogView } from './CallLogView';

export interface DashboardViewProps {
  /** The database to hand to lib/ repository functions (same as services.db). */
  db: CallsideDatabase;
  /** The page's clock and language (lib/services/app-services.ts); the real clock when not given. */
  services?: AppServices;
}

/** The dashboard's views, in navigation order; each feature adds its own here. */
export const DASHBOARD_VIEWS = {
  history: { title: 'dashboard.history', component: HistoryView },
  log: { title: 'dashboard.log', component: CallLogView },
  summary: { title: 'summary.title', component: SummaryExportView },
  team: { title: 'dashboard.team', component: TeamView },
  playbook: { title: 'playbook.title', component: PlaybookView },
  brief: { title: 'brief.title', component: MeetingBriefView },
  backup: { title: 'dashboard.backup', component: BackupView },
} satisfies Record<string, { title: MessageKey; component: (props: DashboardViewProps) => preact.JSX.Element }>;

export type DashboardRoute = keyof typeof DASHBOARD_VIEWS;
