import { CommandRegistry } from '../../lib/commands/registry';
import type { CallsideDatabase } from '../../lib/db/database';
import type { PageContext } from '../../lib/page-reader/page-context';
import type { PanelServices } from '../../lib/ui/panel-services';
import { freshDatabase } from './db';

export function samplePageContext(overrides: Partial<PageContext> = {}): PageContext {
  return {
    url: 'https://crm.example.com/contacts/42',
    title: 'Jordan Avery - Lead',
    name: 'Jordan Avery',
    phones: [{ raw: '(252) 460-7929', source: 'table', label: 'Phone' }],
    emails: ['jordan.avery@example.com'],
    fields: [{ label: 'Budget', value: '$45,000', source: 'table' }],
    mapped: {},
    readAt: 0,
    readMs: 1,
    ...overrides,
  };
}

/** "Now" for services that do not set their own clock. */
export const PINNED_NOW = new Date(2026, 10, 26, 10, 0).getTime();

/** In-memory services for component tests: a real fake-indexeddb database, a scripted page. */
export function fakePanelServices(overrides: Partial<PanelServices> & { db?: CallsideDatabase } = {}): PanelServices & {
  pushPage(context: PageContext): void;
  copied: string[];
} {
  const pageListeners = new Set<(context: PageContext) => void>();
  const copied: string[] = [];
  return {
    db: freshDatabase(),
    browserLanguage: 'en-US',
    commands: new CommandRegistry(),
    readCrmPage: async () => ({ ok: true, value: samplePageContext() }),
    onPageContext(listener) {
      pageListeners.add(listener);
      return () => pageListeners.delete(listener);
    },
    onCrmTabChanged: () => () => undefined,
    pickField: async () => ({
      ok: true,
      value: { url: 'https://crm.example.com/contacts/42', selector: '#policy-number', labelAnchor: 'Policy no.', value: 'PN-2231' },
    }),
    cancelPickField: async () => undefined,
    isSiteEnabled: async () => false,
    enableSite: async () => ({ ok: true, value: 'https://crm.example.com/*' }),
    disableSite: async () => undefined,
    enableCurrentSite: async () => ({ ok: true, value: 'https://crm.example.com/*' }),
    openPanelShortcut: async () => 'Alt+Shift+S',
    onPanelCommand: () => () => undefined,
    openDashboard: () => undefined,
    openOptions: () => undefined,
    copyText: async (text) => {
      copied.push(text);
    },
    // A fixed Thursday, 10:00 local (inside every calling window): no test depends on the wall clock or the hour.
    now: () => PINNED_NOW,
    ...overrides,
    pushPage(context) {
      for (const listener of pageListeners) listener(context);
    },
    copied,
  };
}
