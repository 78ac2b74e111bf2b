// IndexedDB for Dexie in happy-dom, and the fake extension APIs reset per test.
import 'fake-indexeddb/auto';
import '../../lib/zod-setup';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAllCatalogs } from '../../lib/i18n/all-catalogs';

registerAllCatalogs();

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
