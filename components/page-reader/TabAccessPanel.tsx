import { useEffect, useState } from 'preact/hooks';
import { classifyReadFailure } from '../../lib/page-reader/read-errors';
import type { PanelServices } from '../../lib/ui/panel-services';
import type { PageState } from '../../lib/ui/use-page-context';
import { useI18n } from '../shared/i18n';
import { TabAccessCard } from './TabAccessCard';

export interface TabAccessPanelProps {
  services: PanelServices;
  page: Extract<PageState, { status: 'unavailable' }>;
  refreshPage(): void;
}

/** Wires the "cannot read this tab" card: every click reads again or asks for the site, and says what came of it. */
export function TabAccessPanel({ services, page, refreshPage }: TabAccessPanelProps) {
  const { t } = useI18n();
  const [shortcut, setShortcut] = useState<string>();
  // Busy while the page state is the one the click saw: any new answer from the reader ends the wait.
  const [asked, setAsked] = useState<{ kind: 'reading' | 'asking'; page: PageState }>();
  const busy = asked?.page === page ? asked.kind : undefined;
  const [retries, setRetries] = useState(0);
  const [notice, setNotice] = useState<{ text: string; error: boolean }>();
  useEffect(() => {
    void services.openPanelShortcut().then(setShortcut, () => setShortcut(''));
  }, [services]);

  return (
    <TabAccessCard
      failure={classifyReadFailure(page.reason)}
      reason={page.reason}
      shortcut={shortcut}
      retries={retries}
      busy={busy}
      notice={notice}
      onRead={() => {
        setAsked({ kind: 'reading', page });
        setNotice(undefined);
        setRetries((count) => count + 1);
        refreshPage();
      }}
      onEnableSite={() => {
        // The permission prompt is asked for first, inside the click (Firefox allows it nowhere else).
        const asking = services.enableCurrentSite();
        setAsked({ kind: 'asking', page });
        setNotice(undefined);
        void asking.then((result) => {
          if (result.ok) {
            refreshPage();
            return;
          }
          if (result.error.code === 'asked-in-menu') {
            setNotice({ text: t('page.askedInMenu'), error: false });
            setAsked(undefined);
            return;
          }
          const why = classifyReadFailure(result.error.code);
          setNotice({
            text: why === 'denied' ? t('page.permissionDenied') : t(`page.failure.${why === 'other' ? 'no-access' : why}`),
            error: true,
          });
          refreshPage();
        });
      }}
    />
  );
}
