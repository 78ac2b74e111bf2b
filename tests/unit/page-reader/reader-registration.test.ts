import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { migrateReaderRegistrations, registerReader } from '../../../lib/page-reader/reader-registration';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The browser's registered content scripts (they persist across extension updates), in memory. */
function fakeScripting(initial: Script[], options: { canUpdate: boolean }) {
  const scripts = new Map(initial.map((script) => [script.id, { ...script }]));
  const calls: string[] = [];
  const api = {
    async getRegisteredContentScripts(filter?: { ids?: string[] }) {
      return [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)).map((script) => ({ ...script }));
    },
    async registerContentScripts(list: Script[]) {
      for (const script of list) if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      for (const script of list) scripts.set(script.id, { ...script });
      calls.push(`register ${list.map((script) => script.id).join(',')}`);
    },
    async unregisterContentScripts(filter: { ids: string[] }) {
      for (const id of filter.ids) scripts.delete(id);
      calls.push(`unregister ${filter.ids.join(',')}`);
    },
    ...(options.canUpdate
      ? {
          async updateContentScripts(list: Script[]) {
            for (const change of list) {
              const known = scripts.get(change.id);
              if (!known) throw new Error(`No script with ID '${change.id}'`);
              scripts.set(change.id, { ...known, ...change });
            }
            calls.push(`update ${list.map((script) => script.id).join(',')}`);
          },
        }
      : {}),
  };
  (browser as unknown as { scripting: unknown }).scripting = api;
  return { scripts, calls };
}

/** How a site enabled under the previous version was registered. */
const olderVersion = (pattern: string): Script => ({
  id: `callside-reader:${pattern}`,
  matches: [pattern],
  js: ['content-scripts/crm.js'],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
});

afterEach(() => {
  Reflect.deleteProperty(browser, 'scripting');
});

describe('the page reader registration on enabled sites', () => {
  it('registers the reader to run at document_start, once per site', async () => {
    const { scripts } = fakeScripting([], { canUpdate: true });
    await registerReader('https://crm.example.com/*');
    await registerReader('https://crm.example.com/*');
    expect([...scripts.values()]).toEqual([
      {
        id: 'callside-reader:https://crm.example.com/*',
        matches: ['https://crm.example.com/*'],
        js: ['page-reader.js'],
        runAt: 'document_start',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it("moves sites enabled under an older version to the new file and document_start, keeping each site's pattern", async () => {
    const other = { id: 'another-script', matches: ['https://x.example/*'], js: ['x.js'], runAt: 'document_idle' };
    const { scripts, calls } = fakeScripting([olderVersion('https://crm.example.com/*'), olderVersion('http://10.0.0.5/*'), other], {
      canUpdate: true,
    });
    await registerReader('https://new.example.org/*'); // already current: left alone
    await expect(migrateReaderRegistrations()).resolves.toBe(2);
    expect(calls.filter((call) => call.startsWith('update'))).toEqual([
      'update callside-reader:https://crm.example.com/*,callside-reader:http://10.0.0.5/*',
    ]);
    for (const pattern of ['https://crm.example.com/*', 'http://10.0.0.5/*', 'https://new.example.org/*']) {
      expect(scripts.get(`callside-reader:${pattern}`)).toMatchObject({
        matches: [pattern],
        js: ['page-reader.js'],
        runAt: 'document_start',
        persistAcrossSessions: true,
      });
    }
    expect(scripts.get('another-script')).toEqual(other);
    // The next start finds nothing left to migrate.
    await expect(migrateReaderRegistrations()).resolves.toBe(0);
  });

  it('registers the site again where the browser cannot update a registration', async () => {
    const { scripts, calls } = fakeScripting([olderVersion('https://crm.example.com/*')], { canUpdate: false });
    await expect(migrateReaderRegistrations()).resolves.toBe(1);
    expect(calls).toEqual(['unregister callside-reader:https://crm.example.com/*', 'register callside-reader:https://crm.example.com/*']);
    expect(scripts.get('callside-reader:https://crm.example.com/*')).toMatchObject({
      matches: ['https://crm.example.com/*'],
      js: ['page-reader.js'],
      runAt: 'document_start',
    });
  });
});
