// How the side panel's strings load (lib/i18n/catalog.ts): the first-paint
// domains first, then each part's own domains, and a language switch brings
// every domain already in use. A fresh copy of the module, so the setup's
// "all catalogues registered" does not hide the loading.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type CatalogModule = typeof import('../../../lib/i18n/catalog');
let catalog: CatalogModule;

beforeEach(async () => {
  vi.resetModules();
  catalog = await import('../../../lib/i18n/catalog');
});

describe('loading strings by domain', () => {
  it('loads only the first-paint domains for the first frame', async () => {
    expect(catalog.isCatalogReady('en')).toBe(false);
    await catalog.loadCatalog('en');
    expect(catalog.isCatalogReady('en')).toBe(true);
    const en = catalog.loadedCatalog('en') ?? {};
    expect(en['section.call']).toBe('Call');
    expect(en['today.dials']).toBe('Dials');
    expect(en['script.region']).toBeUndefined();
    expect(en['guard.region']).toBeUndefined();
    expect(catalog.loadedCatalog('zh-CN')).toBeUndefined();
  });

  it("brings a part's domains with it, and is not ready for them until they are there", async () => {
    await catalog.loadCatalog('en');
    const loading = catalog.loadStrings(['scripts', 'compliance']);
    expect(catalog.isCatalogReady('en')).toBe(false);
    await loading;
    expect(catalog.isCatalogReady('en')).toBe(true);
    const en = catalog.loadedCatalog('en') ?? {};
    expect(en['script.region']).toBe('Call script');
    expect(en['guard.region']).toBe('Before you dial');
    expect(en['objections.region']).toBeUndefined();
  });

  it('a language switch loads every domain the page has asked for in the new language', async () => {
    await catalog.loadCatalog('en');
    await catalog.loadStrings(['objections']);
    expect(catalog.isCatalogReady('zh-CN')).toBe(false);
    await catalog.loadCatalog('zh-CN');
    expect(catalog.isCatalogReady('zh-CN')).toBe(true);
    const zh = catalog.loadedCatalog('zh-CN') ?? {};
    expect(zh['section.call']).toBe('通话');
    expect(zh['objections.search']).toBe('搜索异议');
  });

  it('asking before any language is loaded is remembered for the first one', async () => {
    await catalog.loadStrings(['targets']);
    expect(catalog.loadedCatalog('en')).toBeUndefined();
    await catalog.loadCatalog('en');
    expect(catalog.loadedCatalog('en')?.['targets.region']).toBe('Targets');
  });
});
