import { useEffect } from 'preact/hooks';
import type { CallsideDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-errors';
import { createTranslator } from '../../lib/i18n';
import { resolveLanguage } from '../../lib/settings/settings';
import { applyTheme } from '../../lib/ui/theme';
import { useHashRoute } from '../../lib/ui/use-hash-route';
import { useProfile } from '../../lib/ui/use-profile';
import { I18nProvider, useI18n } from '../shared/i18n';
import { DASHBOARD_VIEWS, type DashboardRoute } from './views';

export interface DashboardServices {
  db: CallsideDatabase;
  browserLanguage: string;
}

const ROUTES = Object.keys(DASHBOARD_VIEWS) as DashboardRoute[];

export function DashboardApp({ services }: { services: DashboardServices }) {
  const state = useProfile(services.db, services.browserLanguage);
  const profile = state.status === 'ready' ? state.value.profile : undefined;
  const language = resolveLanguage(profile ?? { language: 'auto' }, services.browserLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = createTranslator(language)('dashboard.title');
    if (profile) applyTheme(document.documentElement, profile.theme);
  }, [language, profile?.theme]);
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <p role="alert">{describeStorageError(state.error, createTranslator(language))}</p>;
  return (
    <I18nProvider language={language}>
      <DashboardPage services={services} />
    </I18nProvider>
  );
}

function DashboardPage({ services }: { services: DashboardServices }) {
  const { t } = useI18n();
  const route = useHashRoute(ROUTES);
  const View = DASHBOARD_VIEWS[route].component;
  return (
    <div class="page">
      <nav class="page-nav" aria-label={t('dashboard.nav')}>
        <h1>{t('dashboard.title')}</h1>
        <ul>
          {ROUTES.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={route === id ? 'page' : undefined}>
                {t(DASHBOARD_VIEWS[id].title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="page-content">
        <h2>{t(DASHBOARD_VIEWS[route].title)}</h2>
        <View db={services.db} />
      </main>
    </div>
  );
}
