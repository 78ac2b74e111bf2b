import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createTranslator, type Translate } from '../../lib/i18n';
import type { Language } from '../../lib/settings/settings';

interface I18nValue {
  language: Language;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ language: 'en', t: createTranslator('en') });

export function I18nProvider({ language, children }: { language: Language; children: ComponentChildren }) {
  const value = useMemo(() => ({ language, t: createTranslator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator and language of the page the component is in. */
export const useI18n = (): I18nValue => useContext(I18nContext);
