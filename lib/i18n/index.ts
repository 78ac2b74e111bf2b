import type { Language } from '../settings/settings';
import { loadedCatalog, type MessageKey } from './catalog';

export { loadCatalog } from './catalog';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Returns a translator for one language; `{name}` placeholders are filled from
 * params. The language's catalogue must have been loaded (loadCatalog) or
 * registered; until then the key itself is shown rather than nothing.
 */
export function createTranslator(language: Language): Translate {
  return (key, params) => {
    const template = loadedCatalog(language)?.[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers and dates follow the UI language, not the OS locale. */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  // Building a NumberFormat costs far more than using one: one per language and options.
  const key = `${language}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
