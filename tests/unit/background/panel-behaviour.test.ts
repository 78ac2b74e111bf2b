import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKGROUND_TO_PANEL_READ,
  openPanelFromGesture,
  openPanelShortcut,
  registerPanelBehaviour,
} from '../../../lib/background/panel-behaviour';

type SidePanel = NonNullable<typeof browser.sidePanel>;
const api = browser as unknown as { sidePanel?: Partial<SidePanel> };

/** Chrome's side panel API, which the fake browser lacks, recording each call in order. */
function fakeSidePanel(calls: string[]) {
  api.sidePanel = {
    open: vi.fn(async (options: { tabId?: number; windowId?: number }) => {
      calls.push(`open ${JSON.stringify(options)}`);
    }) as unknown as SidePanel['open'],
    setPanelBehavior: vi.fn(async (behaviour: { openPanelOnActionClick?: boolean }) => {
      calls.push(`behaviour ${JSON.stringify(behaviour)}`);
    }) as unknown as SidePanel['setPanelBehavior'],
  };
}

afterEach(() => {
  delete api.sidePanel;
});

describe('opening the panel from a gesture', () => {
  it('calls sidePanel.open synchronously inside the gesture (that is what grants activeTab), then nudges an open panel', async () => {
    const calls: string[] = [];
    fakeSidePanel(calls);
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => {
      messages.push(message);
    });
    openPanelFromGesture({ id: 7, windowId: 2 });
    // Nothing awaited yet: the open call already happened.
    expect(calls).toEqual(['open {"tabId":7}']);
    await vi.waitFor(() => expect(messages).toEqual([{ type: BACKGROUND_TO_PANEL_READ, tabId: 7 }]));
  });

  it('switches off openPanelOnActionClick (which grants no activeTab) and opens from the toolbar click itself', async () => {
    const calls: string[] = [];
    fakeSidePanel(calls);
    // The fake browser has no permissions events; the grant listener is covered by the e2e tiers.
    vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    registerPanelBehaviour();
    expect(calls).toEqual(['behaviour {"openPanelOnActionClick":false}']);
    await fakeBrowser.action.onClicked.trigger({ id: 3, windowId: 1 } as Parameters<typeof fakeBrowser.action.onClicked.trigger>[0]);
    expect(calls).toContain('open {"tabId":3}');
  });

  it('names the shortcut the browser really assigned, or none', async () => {
    vi.spyOn(browser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+S' },
      { name: 'start-call', shortcut: 'Alt+Shift+C' },
    ] as never);
    await expect(openPanelShortcut()).resolves.toBe('Alt+Shift+S');
    vi.spyOn(browser.commands, 'getAll').mockResolvedValue([{ name: 'open-panel', shortcut: '' }] as never);
    await expect(openPanelShortcut()).resolves.toBe('');
  });
});
