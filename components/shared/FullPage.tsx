import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { createTranslator, type MessageKey } from '../../lib/i18n';
import type { AppServices } from '../../lib/services/app-services';
import { type ProfileLoad, resolveLanguage } from '../../lib/settings/settings';
import { storageErrorText } from '../../lib/ui/storage-error-text';
import { applyTheme } from '../../lib/ui/theme';
import { useProfile } from '../../lib/ui/use-profile';
import { I18nProvider } from './i18n';

/** What a full extension page (dashboard, options) needs from outside: the shared contract, no more. */
export type FullPageServices = AppServices;

/**
 * The frame shared by the dashboard and the options page: the rep's language
 * and theme from the profile, the page title, and a storage error shown in
 * place of the page.
 */
export function FullPage({
  services,
  titleKey,
  children,
}: {
  services: FullPageServices;
  titleKey: MessageKey;
  children: (load: ProfileLoad) => ComponentChildren;
}) {
  const state = useProfile(services.db, services.browserLanguage);
  const profile = state.status === 'ready' ? state.value.profile : undefined;
  const language = resolveLanguage(profile ?? { language: 'auto' }, services.browserLanguage);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page frame follows the shown language and theme only
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = createTranslator(language)(titleKey);
    if (profile) applyTheme(document.documentElement, profile.theme);
  }, [language, profile?.theme]);
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <p role="alert">{storageErrorText(state.error, createTranslator(language))}</p>;
  return <I18nProvider language={language}>{children(state.value)}</I18nProvider>;
}
