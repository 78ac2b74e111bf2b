import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests of lib/ that need no DOM run in Node ('unit-node': no happy-dom
// window to build per file); these need a DOM (saved CRM pages, the reader).
const DOM_UNIT_TESTS = ['tests/unit/page-reader/**/*.test.ts', 'tests/unit/foundation/read-page.test.ts'];

export default defineConfig({
  // WxtVitest wires WXT's aliases and the in-memory fake browser for unit tests.
  plugins: [WxtVitest()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          // Saved CRM pages link stylesheets and scripts; tests read their DOM only.
          environmentOptions: {
            happyDOM: {
              settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
            },
          },
          include: [...DOM_UNIT_TESTS, 'tests/unit/**/*.test.tsx', 'tests/components/**/*.test.tsx'],
          setupFiles: ['tests/setup/unit.ts'],
          globals: true,
          // A cap, not a speed check: property tests and lazily loaded sections
          // take longer on a loaded 2-core machine, and must not fail there.
          testTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: DOM_UNIT_TESTS,
          setupFiles: ['tests/setup/node.ts'],
          globals: true,
          testTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globals: true,
          // One Chromium at a time on a 2-core machine; each file launches its own.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // expect.poll gives up after 1 s by default: a cap, not a speed check, so a loaded machine waits longer.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          include: ['tests/bench/**/*.bench.ts'],
          globals: true,
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
