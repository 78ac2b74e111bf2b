import { useEffect, useState } from 'preact/hooks';
import { saveProfileAndSeed } from '../../lib/content/default-content';
import { createTranslator } from '../../lib/i18n';
import { type Language, resolveLanguage } from '../../lib/settings/settings';
import type { PanelServices } from '../../lib/ui/panel-services';
import { storageErrorText } from '../../lib/ui/storage-error-text';
import { applyTheme } from '../../lib/ui/theme';
import { useCatalog } from '../../lib/ui/use-catalog';
import { useSlowLoading } from '../../lib/ui/use-database-recovery';
import { useProfile } from '../../lib/ui/use-profile';
import { DatabaseUnavailable } from '../calls/DatabaseUnavailable';
import { I18nProvider } from '../shared/i18n';
import { lazyComponent } from '../shared/lazy';
import { PanelShell } from './PanelShell';

// Shown once per install: loaded when needed.
const FirstRun = lazyComponent(() => import('./FirstRun').then((module) => module.FirstRun));

export function SidePanelApp({ services }: { services: PanelServices }) {
  const profileState = useProfile(services.db, services.browserLanguage);
  const [previewLanguage, setPreviewLanguage] = useState<Language>();
  const profile = profileState.status === 'ready' ? profileState.value.profile : undefined;
  const language =
    previewLanguage ??
    (profile ? resolveLanguage(profile, services.browserLanguage) : resolveLanguage({ language: 'auto' }, services.browserLanguage));

  const shownLanguage = useCatalog(language);
  const slowOpen = useSlowLoading(profileState.status === 'loading');

  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the theme setting only
  useEffect(() => {
    if (shownLanguage) document.documentElement.lang = shownLanguage;
    if (profile) applyTheme(document.documentElement, profile.theme);
  }, [shownLanguage, profile?.theme]);

  // A database that does not open (blocked upgrade, full disk) shows the kept call while the panel waits for it.
  if (slowOpen && shownLanguage)
    return (
      <DatabaseUnavailable
        problem={createTranslator(shownLanguage)('call.kept.waiting')}
        databaseName={services.db.name}
        language={shownLanguage}
        t={createTranslator(shownLanguage)}
        copyText={services.copyText}
      />
    );
  if (profileState.status === 'loading' || !shownLanguage) return null;
  if (profileState.status === 'error') {
    const t = createTranslator(shownLanguage);
    // The cause, and the rep's kept call (read-only, to copy) until the database opens again.
    return (
      <DatabaseUnavailable
        problem={storageErrorText(profileState.error, t)}
        databaseName={services.db.name}
        language={shownLanguage}
        t={t}
        copyText={services.copyText}
      />
    );
  }
  const current = profileState.value.profile;
  return (
    <I18nProvider language={shownLanguage}>
      {current.onboardedAt ? (
        <PanelShell services={services} profile={current} />
      ) : (
        <FirstRun
          initial={{ repName: current.repName, team: current.team, language: shownLanguage, industry: current.industry }}
          onLanguagePreview={setPreviewLanguage}
          onDone={(answers) => {
            const defaultRegion = answers.language === 'zh-CN' ? 'CN' : current.defaultRegion;
            // Completing first run seeds the default content (lib/content/default-content.ts), once.
            const next = { ...current, ...answers, defaultRegion, onboardedAt: services.now() };
            void saveProfileAndSeed(current, next, services.db, services.browserLanguage, services.now()).then(() =>
              setPreviewLanguage(undefined),
            );
          }}
        />
      )}
    </I18nProvider>
  );
}
