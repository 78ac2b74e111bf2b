import type { ProfileLoad } from '../../lib/settings/settings';
import { useHashRoute } from '../../lib/ui/use-hash-route';
import { FullPage, type FullPageServices } from '../shared/FullPage';
import { useI18n } from '../shared/i18n';
import { OPTIONS_SECTIONS, type OptionsRoute } from './sections';

export type OptionsServices = FullPageServices;

const ROUTES = Object.keys(OPTIONS_SECTIONS) as OptionsRoute[];

export function OptionsApp({ services }: { services: OptionsServices }) {
  return (
    <FullPage services={services} titleKey="options.title">
      {(load) => <OptionsPage services={services} load={load} />}
    </FullPage>
  );
}

function OptionsPage({ services, load }: { services: OptionsServices; load: ProfileLoad }) {
  const { t } = useI18n();
  const route = useHashRoute(ROUTES);
  const Section = OPTIONS_SECTIONS[route].component;
  return (
    <div class="page">
      <nav class="page-nav" aria-label={t('options.title')}>
        <h1>{t('options.title')}</h1>
        <ul>
          {ROUTES.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={route === id ? 'page' : undefined}>
                {t(OPTIONS_SECTIONS[id].title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="page-content">
        {!load.ok && (
          <p role="alert" class="error">
            {t('options.storedInvalid', { problem: load.error.detail ?? '' })}
          </p>
        )}
        <Section db={services.db} profile={load.profile} services={services} />
      </main>
    </div>
  );
}
