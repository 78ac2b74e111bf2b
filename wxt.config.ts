import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// CALLSIDE_OUT_DIR lets parallel builds (tests, benchmarks) write to their own folder.
const outDir = process.env.CALLSIDE_OUT_DIR ?? '.output';
// The pre-authorised build (tests whose subject is not site access, benchmarks) may read the local
// demo CRM without a prompt. No user gets it: access itself is tested on the production build.
const preauthorised = process.env.CALLSIDE_PREAUTHORISED === '1' || process.env.CALLSIDE_E2E === '1';
const e2eHostAccess = preauthorised ? { host_permissions: ['http://127.0.0.1/*'] } : {};

// The benchmark build alone (scripts/bench.mjs) carries a blank page: the floor of the panel's first paint.
const benchBlankPage = process.env.CALLSIDE_BENCH === '1';

// `npm run dev` (scripts/dev.mjs) opens this browser on the demo CRM.
const chromeBinary = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  imports: false,
  outDir,
  webExt: {
    binaries: chromeBinary ? { chrome: chromeBinary } : {},
    startUrls: process.env.CALLSIDE_DEV_START_URL ? [process.env.CALLSIDE_DEV_START_URL] : [],
    chromiumArgs: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Chromium refuses to start as root without it (containers, CI machines).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      if (benchBlankPage)
        files.push({
          relativeDest: 'bench-blank.html',
          contents: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Callside</title></head><body>Callside</body></html>',
        });
    },
  },
  vite: () => ({
    plugins: [preact()],
    // The save worker (lib/calls/save-worker.ts) is an ES module, so it shares the pages' chunks' format and may split.
    worker: { format: 'es' as const },
    // Extension pages load from the package: no module-preload polyfill needed.
    // CALLSIDE_NO_MINIFY=1: readable function names when profiling a build (e.g. the panel under the two-panel bench).
    build: {
      chunkSizeWarningLimit: 800,
      modulePreload: { polyfill: false },
      ...(process.env.CALLSIDE_NO_MINIFY === '1' ? { minify: false } : {}),
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Site access is asked for one origin at a time, when the rep enables a CRM.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...e2eHostAccess,
    // Firefox: the button sits in the toolbar, not inside the Extensions menu, so it is one click away.
    action: { default_title: '__MSG_actionTitle__', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    commands: {
      // Chrome: `_execute_action` fires action.onClicked (no popup), which opens the panel and grants activeTab.
      // Firefox: its own `_execute_sidebar_action` grants no activeTab, and Alt+Shift+S opens its History
      // menu, so a named command on a free key opens the sidebar (lib/background/panel-behaviour.ts).
      [browser === 'firefox' ? 'open-panel' : '_execute_action']: {
        suggested_key: { default: browser === 'firefox' ? 'Alt+Shift+P' : 'Alt+Shift+S' },
        description: '__MSG_commandOpenPanel__',
      },
      'focus-objection-search': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandFocusObjections__',
      },
      'start-call': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandStartCall__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'callside@callside.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
