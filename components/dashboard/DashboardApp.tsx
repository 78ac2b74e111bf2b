import { useHashRoute } from '../../lib/ui/use-hash-route';
import { FullPage, type FullPageServices } from '../shared/FullPage';
import { useI18n } from '../shared/i18n';
import { DASHBOARD_VIEWS, type DashboardRoute } from './views';

export type DashboardServices = FullPageServices;

const ROUTES = Object.keys(DASHBOARD_VIEWS) as DashboardRoute[];

export function DashboardApp({ services }: { services: DashboardServices }) {
  return (
    <FullPage services={services} titleKey="dashboard.title">
      {() => <DashboardPage services={services} />}
    </FullPage>
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
        <View db={services.db} services={services} />
      </main>
    </div>
  );
}
