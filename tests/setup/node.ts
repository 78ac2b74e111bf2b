// Pure lib/ tests in Node (no DOM): IndexedDB for Dexie, Zod set up as in the
// entrypoints, both languages' strings, and the fake extension APIs reset per test.
import 'fake-indexeddb/auto';
import '../../lib/zod-setup';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAllCatalogs } from '../../lib/i18n/all-catalogs';

registerAllCatalogs();
// Node 20 has no navigator (21+ has); the background reads navigator.language as a service worker would.
globalThis.navigator ??= { language: 'en-US' } as Navigator;

beforeEach(() => {
  fakeBrowser.reset();
});
