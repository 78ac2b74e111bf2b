import type { CallsideDatabase } from '../../lib/db/database';
import type { MessageKey } from '../../lib/i18n';
import { HistoryView } from '../targets/HistoryView';
import { SummaryExportView } from '../team/SummaryExportView';
import { TeamView } from '../team/TeamView';
import { BackupView } from './BackupView';
import { CallLogView } from './CallLogView';

export interface DashboardViewProps {
  db: CallsideDatabase;
}

/** The dashboard's views, in navigation order; each feature adds its own here. */
export const DASHBOARD_VIEWS = {
  history: { title: 'dashboard.history', component: HistoryView },
  log: { title: 'dashboard.log', component: CallLogView },
  summary: { title: 'summary.title', component: SummaryExportView },
  team: { title: 'dashboard.team', component: TeamView },
  backup: { title: 'dashboard.backup', component: BackupView },
} satisfies Record<string, { title: MessageKey; component: (props: DashboardViewProps) => preact.JSX.Element }>;

export type DashboardRoute = keyof typeof DASHBOARD_VIEWS;
