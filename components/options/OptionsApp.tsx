import { useEffect } from 'preact/hooks';
import type { CallsideDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-errors';
import { createTranslator } from '../../lib/i18n';
import { type ProfileLoad, resolveLanguage } from '../../lib/settings/settings';
import { applyTheme } from '../../lib/ui/theme';
import { useHashRoute } from '../../lib/ui/use-hash-route';
import { useProfile } from '../../lib/ui/use-profile';
import { I18nProvider, useI18n } from '../shared/i18n';
import { OPTIONS_SECTIONS, type OptionsRoute } from './sections';

export interface OptionsServices {
  db: CallsideDatabase;
  browserLanguage: string;
}

const ROUTES = Object.keys(OPTIONS_SECTIONS) as OptionsRoute[];

export function OptionsApp({ services }: { services: OptionsServices }) {
  const state = useProfile(services.db, services.browserLanguage);
  const profile = state.status === 'ready' ? state.value.profile : undefined;
  const language = resolveLanguage(profile ?? { language: 'auto' }, services.browserLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = createTranslator(language)('options.title');
    if (profile) applyTheme(document.documentElement, profile.theme);
  }, [language, profile?.theme]);
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <p role="alert">{describeStorageError(state.error, createTranslator(language))}</p>;
  return (
    <I18nProvider language={language}>
      <OptionsPage services={services} load={state.value} />
    </I18nProvider>
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
            {t('options.storedInvalid', { problem: load.problem })}
          </p>
        )}
        <Section db={services.db} profile={load.profile} />
      </main>
    </div>
  );
}
