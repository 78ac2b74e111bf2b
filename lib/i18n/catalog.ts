import type { Language } from '../settings/settings';
import type { callsEn } from './messages/en/calls';
import type { commonEn } from './messages/en/common';
import type { pageReaderEn } from './messages/en/pageReader';
import type { scriptsEn } from './messages/en/scripts';
import type { targetsEn } from './messages/en/targets';
import type { teamEn } from './messages/en/team';

export type MessageKey =
  | keyof typeof commonEn
  | keyof typeof callsEn
  | keyof typeof pageReaderEn
  | keyof typeof scriptsEn
  | keyof typeof targetsEn
  | keyof typeof teamEn;

export type Catalog = Record<MessageKey, string>;

// Each language is its own chunk, loaded when a page first shows it: the side
// panel ships one language's strings, not both, within its JS budget.
const loaders: Record<Language, () => Promise<Catalog>> = {
  en: () => import('./locales/en').then((module) => module.default),
  'zh-CN': () => import('./locales/zh-CN').then((module) => module.default),
};
const loaded: Partial<Record<Language, Catalog>> = {};

export async function loadCatalog(language: Language): Promise<Catalog> {
  loaded[language] ??= await loaders[language]();
  return loaded[language];
}

/** For pages that bundle their catalogues up front (dashboard, options, background, tests). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  loaded[language] = catalog;
}

export function loadedCatalog(language: Language): Catalog | undefined {
  return loaded[language];
}
