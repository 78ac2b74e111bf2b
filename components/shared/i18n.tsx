import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createTranslator, type MessageParams, type Translate } from '../../lib/i18n';
import type { FirstPaintKey } from '../../lib/i18n/catalog';
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

/**
 * For the components of the side panel's first frame (FirstPaint and what it
 * renders): the same translator, typed to the strings loaded before that frame
 * (FIRST_PAINT_DOMAINS), so a key from any other domain fails the type check.
 */
export const useFirstPaintI18n = (): { language: Language; t: (key: FirstPaintKey, params?: MessageParams) => string } =>
  useContext(I18nContext);
