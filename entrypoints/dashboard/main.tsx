import '../../lib/zod-setup';
import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { getDatabase } from '../../lib/db/database';
import '../../components/shared/theme.css';
import '../../components/shared/page.css';

render(
  <DashboardApp services={{ db: getDatabase(), browserLanguage: navigator.language }} />,
  document.getElementById('app') as HTMLElement,
);
