import '../../lib/zod-setup';
import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { loadCatalog } from '../../lib/i18n/catalog';
import { pickLanguage } from '../../lib/settings/settings';
import { createBrowserPanelServices } from '../../lib/ui/panel-services';
import '../../components/shared/theme.css';
import '../../components/sidepanel/panel.css';

// Start fetching the likely language's strings while the profile is read.
loadCatalog(pickLanguage(navigator.language)).catch(() => undefined); // the panel asks again once it knows the language
render(<SidePanelApp services={createBrowserPanelServices()} />, document.getElementById('app') as HTMLElement);
