import type { Language } from '../settings/settings';
import type { briefsEn } from './messages/en/briefs';
import type { callsEn } from './messages/en/calls';
import type { commonEn } from './messages/en/common';
import type { complianceEn } from './messages/en/compliance';
import type { formatsEn } from './messages/en/formats';
import type { objectionsEn } from './messages/en/objections';
import type { pageReaderEn } from './messages/en/pageReader';
import type { playbookEn } from './messages/en/playbook';
import type { scriptsEn } from './messages/en/scripts';
import type { targetsEn } from './messages/en/targets';
import type { targetsPlanEn } from './messages/en/targetsPlan';
import type { teamEn } from './messages/en/team';

/** Keys the side panel needs for its first paint. */
export type CoreKey =
  | keyof typeof commonEn
  | keyof typeof callsEn
  | keyof typeof complianceEn
  | keyof typeof pageReaderEn
  | keyof typeof scriptsEn
  | keyof typeof targetsEn
  | keyof typeof teamEn;
/** Keys of the dashboard, the options page and the panel's lazy sections. */
export type MoreKey =
  | keyof typeof formatsEn
  | keyof typeof objectionsEn
  | keyof typeof targetsPlanEn
  | keyof typeof playbookEn
  | keyof typeof briefsEn;
export type MessageKey = CoreKey | MoreKey;

export type CoreCatalog = Record<CoreKey, string>;
export type MoreCatalog = Record<MoreKey, string>;
export type Catalog = Record<MessageKey, string>;

// Strings are chunks of their own, per language and per part, so the side
// panel's first paint ships one language's core strings only.
type Part = 'core' | 'more';
const loaders: Record<Language, Record<Part, () => Promise<Partial<Catalog>>>> = {
  en: {
    core: () => import('./locales/en').then((module) => module.default),
    more: () => import('./locales/en-more').then((module) => module.default),
  },
  'zh-CN': {
    core: () => import('./locales/zh-CN').then((module) => module.default),
    more: () => import('./locales/zh-CN-more').then((module) => module.default),
  },
};
const loaded: Partial<Record<Language, Partial<Catalog>>> = {};
const partsLoaded: Record<Language, Set<Part>> = { en: new Set(), 'zh-CN': new Set() };
/** Once a page has asked for the "more" strings, every language it loads later gets them too. */
let moreWanted = false;

async function loadPart(language: Language, part: Part): Promise<void> {
  if (partsLoaded[language].has(part)) return;
  const strings = await loaders[language][part]();
  loaded[language] = { ...loaded[language], ...strings };
  partsLoaded[language].add(part);
}

/** Loads a language's core strings, and the rest too once any page asked for them. */
export async function loadCatalog(language: Language): Promise<void> {
  await loadPart(language, 'core');
  if (moreWanted) await loadPart(language, 'more');
}

/** Called before showing a lazy section: the rest of the strings of every language in use. */
export async function loadMoreStrings(): Promise<void> {
  moreWanted = true;
  const inUse = (Object.keys(partsLoaded) as Language[]).filter((language) => partsLoaded[language].size > 0);
  await Promise.all(inUse.map((language) => loadPart(language, 'more')));
}

/** For pages that bundle their strings up front (dashboard, options, background, tests). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  loaded[language] = { ...loaded[language], ...catalog };
  partsLoaded[language].add('core').add('more');
}

/** True once the language's core strings (and the rest, if asked for) are there. */
export function isCatalogReady(language: Language): boolean {
  return partsLoaded[language].has('core') && (!moreWanted || partsLoaded[language].has('more'));
}

export function loadedCatalog(language: Language): Partial<Catalog> | undefined {
  return loaded[language];
}
