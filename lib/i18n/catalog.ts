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
import type { teamEn } from './messages/en/team';

/**
 * One catalogue per language per domain (lib/i18n/messages/<language>/<domain>.ts).
 * 'common' is the app shell, settings and errors shared by every page; the
 * others follow lib/ domains.
 */
interface DomainStrings {
  common: typeof commonEn;
  calls: typeof callsEn;
  compliance: typeof complianceEn;
  pageReader: typeof pageReaderEn;
  scripts: typeof scriptsEn;
  objections: typeof objectionsEn;
  targets: typeof targetsEn;
  team: typeof teamEn;
  playbook: typeof playbookEn;
  briefs: typeof briefsEn;
  formats: typeof formatsEn;
}
export type Domain = keyof DomainStrings;
/** The keys of some domains (distributes over a union of domains). */
export type KeyOf<D extends Domain> = D extends Domain ? keyof DomainStrings[D] & string : never;
export type MessageKey = KeyOf<Domain>;
export type Catalog = Record<MessageKey, string>;
/** One language's strings of some domains: what a zh-CN file or a locale chunk must provide. */
export type StringsOf<D extends Domain> = Record<KeyOf<D>, string>;

/**
 * What the side panel's first frame shows (components/sidepanel/FirstPaint.tsx:
 * the activity bar, Today's numbers, the header). These load before it paints,
 * as one chunk per language (locales/<language>.ts); first-paint components
 * take a translator typed to these keys (FirstPaintKey), so using any other key
 * there fails the type check.
 */
export const FIRST_PAINT_DOMAINS = ['common', 'calls'] as const satisfies readonly Domain[];
export type FirstPaintDomain = (typeof FIRST_PAINT_DOMAINS)[number];
export type FirstPaintKey = KeyOf<FirstPaintDomain>;

// Each chunk is loaded on demand: the first-paint domains together, every other domain on its own.
type Chunk = 'firstPaint' | Exclude<Domain, FirstPaintDomain>;
type Loader = () => Promise<Partial<Catalog>>;
const chunkOf = (domain: Domain): Chunk => ((FIRST_PAINT_DOMAINS as readonly Domain[]).includes(domain) ? 'firstPaint' : (domain as Chunk));

const loaders: Record<Language, Record<Chunk, Loader>> = {
  en: {
    firstPaint: () => import('./locales/en').then((module) => module.default),
    compliance: () => import('./messages/en/compliance').then((module) => module.complianceEn),
    pageReader: () => import('./messages/en/pageReader').then((module) => module.pageReaderEn),
    scripts: () => import('./messages/en/scripts').then((module) => module.scriptsEn),
    objections: () => import('./messages/en/objections').then((module) => module.objectionsEn),
    targets: () => import('./messages/en/targets').then((module) => module.targetsEn),
    team: () => import('./messages/en/team').then((module) => module.teamEn),
    playbook: () => import('./messages/en/playbook').then((module) => module.playbookEn),
    briefs: () => import('./messages/en/briefs').then((module) => module.briefsEn),
    formats: () => import('./messages/en/formats').then((module) => module.formatsEn),
  },
  'zh-CN': {
    firstPaint: () => import('./locales/zh-CN').then((module) => module.default),
    compliance: () => import('./messages/zh-CN/compliance').then((module) => module.complianceZh),
    pageReader: () => import('./messages/zh-CN/pageReader').then((module) => module.pageReaderZh),
    scripts: () => import('./messages/zh-CN/scripts').then((module) => module.scriptsZh),
    objections: () => import('./messages/zh-CN/objections').then((module) => module.objectionsZh),
    targets: () => import('./messages/zh-CN/targets').then((module) => module.targetsZh),
    team: () => import('./messages/zh-CN/team').then((module) => module.teamZh),
    playbook: () => import('./messages/zh-CN/playbook').then((module) => module.playbookZh),
    briefs: () => import('./messages/zh-CN/briefs').then((module) => module.briefsZh),
    formats: () => import('./messages/zh-CN/formats').then((module) => module.formatsZh),
  },
};

const loaded: Partial<Record<Language, Partial<Catalog>>> = {};
const chunksLoaded: Record<Language, Set<Chunk>> = { en: new Set(), 'zh-CN': new Set() };
/** The chunks this page has asked for: every language it loads later gets them too (a language switch). */
const wanted = new Set<Chunk>(['firstPaint']);

async function loadChunk(language: Language, chunk: Chunk): Promise<void> {
  if (chunksLoaded[language].has(chunk)) return;
  const strings = await loaders[language][chunk]();
  loaded[language] = { ...loaded[language], ...strings };
  chunksLoaded[language].add(chunk);
}

const chunksOf = (domains: readonly Domain[]) => new Set(domains.map(chunkOf));

/** Loads a language's first-paint strings and every domain the page has asked for (loadStrings) so far. */
export async function loadCatalog(language: Language): Promise<void> {
  await Promise.all([...wanted].map((chunk) => loadChunk(language, chunk)));
}

/**
 * Called by a lazily loaded part (a panel section, the full panel) with the
 * domains its code uses: loads them for every language in use, and for any
 * language loaded later.
 */
export async function loadStrings(domains: readonly Domain[]): Promise<void> {
  for (const chunk of chunksOf(domains)) wanted.add(chunk);
  const inUse = (Object.keys(chunksLoaded) as Language[]).filter((language) => chunksLoaded[language].size > 0);
  await Promise.all(inUse.flatMap((language) => [...wanted].map((chunk) => loadChunk(language, chunk))));
}

/** For pages that bundle all their strings up front (dashboard, options, background, tests). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  loaded[language] = { ...loaded[language], ...catalog };
  for (const chunk of Object.keys(loaders[language]) as Chunk[]) chunksLoaded[language].add(chunk);
}

/** True once the language's strings of every domain asked for so far are there. */
export function isCatalogReady(language: Language): boolean {
  return [...wanted].every((chunk) => chunksLoaded[language].has(chunk));
}

export function loadedCatalog(language: Language): Partial<Catalog> | undefined {
  return loaded[language];
}
