// IndexedDB for Dexie in happy-dom, and the fake extension APIs reset per test.
import 'fake-indexeddb/auto';
import '../../lib/zod-setup';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAllCatalogs } from '../../lib/i18n/all-catalogs';

registerAllCatalogs();
// Waits for lazily loaded sections and IndexedDB answers are caps, not speed
// checks: a loaded 2-core CI machine must not turn them into failures.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
