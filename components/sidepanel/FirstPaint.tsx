import type { Totals } from '../../lib/calls/rollups';
import type { Industry, Language } from '../../lib/settings/settings';
import { TodayNumbers } from '../calls/TodayNumbers';
import { I18nProvider, useFirstPaintI18n } from '../shared/i18n';
import { ActivityBar } from './ActivityBar';

/**
 * The panel's first frame: the shell and Today's numbers, painted from one raw
 * IndexedDB read before Dexie, Zod and the sections have loaded. It has the
 * same layout as the full panel (PanelShell), which replaces it once it has
 * painted; nothing here is interactive yet.
 */
export function FirstPaint({ language, industry, today }: { language: Language; industry: Industry; today: Totals }) {
  return (
    <I18nProvider language={language}>
      <FirstPaintShell industry={industry} today={today} />
    </I18nProvider>
  );
}

const ignore = () => undefined;

function FirstPaintShell({ industry, today }: { industry: Industry; today: Totals }) {
  const { t } = useFirstPaintI18n();
  return (
    <div class="panel" aria-busy="true">
      <ActivityBar current="call" onSelect={ignore} onOpenPalette={ignore} />
      <main class="panel-main">
        <TodayNumbers totals={today} industry={industry} />
        <header class="panel-header">
          <h1>{t('section.call')}</h1>
          <kbd title={t('palette.open')}>{t('palette.hint')}</kbd>
        </header>
        <div class="panel-body" />
      </main>
    </div>
  );
}
