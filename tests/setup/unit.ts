// IndexedDB for Dexie in happy-dom, and the fake extension APIs reset per test.
import 'fake-indexeddb/auto';
import '../../lib/zod-setup';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
