import '../../lib/zod-setup';
import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { getDatabase } from '../../lib/db/database';
import { registerAllCatalogs } from '../../lib/i18n/all-catalogs';
import '../../components/shared/theme.css';
import '../../components/shared/page.css';

// No size budget on this page: both languages are bundled and switch instantly.
registerAllCatalogs();
render(
  <DashboardApp services={{ db: getDatabase(), browserLanguage: navigator.language }} />,
  document.getElementById('app') as HTMLElement,
);
