import '../../lib/zod-setup';
import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { registerAllCatalogs } from '../../lib/i18n/all-catalogs';
import { createBrowserAppServices } from '../../lib/services/app-services';
import '../../components/shared/theme.css';
import '../../components/shared/page.css';

// No size budget on this page: both languages are bundled and switch instantly.
registerAllCatalogs();
render(<DashboardApp services={createBrowserAppServices()} />, document.getElementById('app') as HTMLElement);
