import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { CallsideDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-errors';
import { createTranslator, type MessageKey } from '../../lib/i18n';
import { type ProfileLoad, resolveLanguage } from '../../lib/settings/settings';
import { applyTheme } from '../../lib/ui/theme';
import { useProfile } from '../../lib/ui/use-profile';
import { I18nProvider } from './i18n';

/** What a full extension page (dashboard, options) needs from outside. */
export interface FullPageServices {
  db: CallsideDatabase;
  browserLanguage: string;
}

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
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = createTranslator(language)(titleKey);
    if (profile) applyTheme(document.documentElement, profile.theme);
  }, [language, profile?.theme]);
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <p role="alert">{describeStorageError(state.error, createTranslator(language))}</p>;
  return <I18nProvider language={language}>{children(state.value)}</I18nProvider>;
}
