import type { Language } from '../settings/settings';
import { catalog, type MessageKey } from './catalog';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Returns a translator for one language; `{name}` placeholders are filled from params. */
export function createTranslator(language: Language): Translate {
  const messages = catalog[language];
  return (key, params) => {
    const template = messages[key] ?? catalog.en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Numbers and dates follow the UI language, not the OS locale. */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}
