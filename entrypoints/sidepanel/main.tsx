import { render } from 'preact';
import { FirstPaint } from '../../components/sidepanel/FirstPaint';
import { dayKeyOf } from '../../lib/calendar/day-key';
import { browserUiLanguage, readFirstPaint } from '../../lib/db/raw-read';
import { loadCatalog, loadStrings } from '../../lib/i18n/catalog';
import { PANEL_DOMAINS } from '../../lib/i18n/panel-strings';
import { applyTheme } from '../../lib/ui/theme';
import '../../components/shared/theme.css';
import '../../components/sidepanel/panel.css';

const app = document.getElementById('app') as HTMLElement;

/** Loads the full panel (Dexie, Zod, sections) and renders it into `root`. */
async function renderFullPanel(root: HTMLElement): Promise<void> {
  // Zod's jitless setting first, before any module that builds a schema: this entry's first frame has no Zod at all.
  await import('../../lib/zod-setup');
  // Its strings come with it: the domains beyond the first frame's (lib/i18n/panel-strings.ts).
  const [{ SidePanelApp }, { createBrowserPanelServices }] = await Promise.all([
    import('../../components/sidepanel/SidePanelApp'),
    import('../../lib/ui/panel-services'),
    loadStrings(PANEL_DOMAINS),
  ]);
  render(<SidePanelApp services={createBrowserPanelServices()} />, root);
}

/** The first frame gives way once the full panel has painted Today (or anything without it: an error, first run). */
function handOver(firstFrame: HTMLElement, root: HTMLElement): void {
  const painted = () => root.firstElementChild !== null && root.querySelector('.today[aria-busy="true"]') === null;
  const swap = () => {
    observer.disconnect();
    clearTimeout(fallback);
    render(null, firstFrame);
    firstFrame.remove();
    root.hidden = false;
    performance.mark('callside:panel-ready');
  };
  const observer = new MutationObserver(() => painted() && swap());
  observer.observe(root, { subtree: true, childList: true, attributes: true });
  const fallback = setTimeout(swap, 5_000); // whatever the full panel shows by then
}

// First useful paint from one raw IndexedDB read (lib/db/raw-read.ts): the shell
// and Today, without Dexie or Zod. The full panel loads after it, hidden, and
// takes its place when it has painted. First run and unreadable data skip the
// first frame: the full panel shows them as before.
async function start(): Promise<void> {
  // The likely language's strings load while the database is read; the panel asks again once it knows the language.
  const likely = browserUiLanguage(navigator.language);
  const likelyStrings = loadCatalog(likely).catch(() => undefined);
  const first = await readFirstPaint(dayKeyOf(Date.now()), navigator.language);
  if (!first) {
    await renderFullPanel(app);
    return;
  }
  await (first.language === likely ? likelyStrings : loadCatalog(first.language));
  applyTheme(document.documentElement, first.theme);
  document.documentElement.lang = first.language;
  const firstFrame = document.createElement('div');
  // Looks like the panel, does nothing yet: inert, so no click or screen reader lands on a control that is about to go.
  firstFrame.inert = true;
  app.before(firstFrame);
  render(<FirstPaint language={first.language} industry={first.industry} today={first.today} />, firstFrame);
  app.hidden = true;
  handOver(firstFrame, app);
  await renderFullPanel(app);
}

void start();
