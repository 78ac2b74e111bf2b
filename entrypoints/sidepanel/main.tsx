import '../../lib/zod-setup';
import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { createBrowserPanelServices } from '../../lib/ui/panel-services';
import '../../components/shared/theme.css';
import '../../components/sidepanel/panel.css';

render(<SidePanelApp services={createBrowserPanelServices()} />, document.getElementById('app') as HTMLElement);
