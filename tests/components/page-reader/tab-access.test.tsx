import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TabAccessPanel } from '../../../components/page-reader/TabAccessPanel';
import { I18nProvider } from '../../../components/shared/i18n';
import type { Language } from '../../../lib/settings/settings';
import type { PageState } from '../../../lib/ui/use-page-context';
import { fakePanelServices } from '../../helpers/panel-services';

type Unavailable = Extract<PageState, { status: 'unavailable' }>;

function renderCard(reason: string, overrides: Parameters<typeof fakePanelServices>[0] = {}, language: Language = 'en') {
  const services = fakePanelServices(overrides);
  let reads = 0;
  // As the panel's page hook does: every read answers with a new page state (here: still unreadable).
  const show = (page: Unavailable) => (
    <I18nProvider language={language}>
      <TabAccessPanel services={services} page={page} refreshPage={refresh} />
    </I18nProvider>
  );
  const refresh = () => {
    reads++;
    queueMicrotask(() => view.rerender(show({ status: 'unavailable', reason })));
  };
  const view = render(show({ status: 'unavailable', reason }));
  return { view, reads: () => reads, region: () => screen.getByRole('region', { name: language === 'en' ? 'On screen' : '当前客户' }) };
}

describe('the panel on a tab it cannot read', () => {
  it('says why for every kind of failure, never silence', async () => {
    const expected: Record<string, RegExp> = {
      'no-access': /may not read this tab yet/,
      restricted: /Browser pages .* cannot be read/,
      'error-page': /error page/,
      loading: /still loading/,
      'not-answering': /did not answer/,
      'no-tab': /no web page beside the panel/,
      'Something odd happened': /This page cannot be read: Something odd happened/,
    };
    for (const [reason, text] of Object.entries(expected)) {
      const { view, region } = renderCard(reason);
      expect(region().textContent).toMatch(text);
      view.unmount();
    }
  });

  it('shows the shortcut the browser really uses, and offers the site only where that helps', async () => {
    const { view } = renderCard('no-access', { openPanelShortcut: async () => 'Alt+Shift+P' });
    await screen.findByText(/or press Alt\+Shift\+P, to let Callside read it/);
    expect(screen.getByRole('button', { name: 'Enable on this site' })).toBeTruthy();
    view.unmount();
    renderCard('restricted');
    expect(screen.queryByRole('button', { name: 'Enable on this site' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Read this page' })).toBeTruthy();
  });

  it('answers every "Read this page" click: it reads again and says it tried', async () => {
    const { reads } = renderCard('no-access');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Read this page' }));
    expect(reads()).toBe(1);
    await screen.findByText(/Tried again \(1×\): still not readable/);
    await user.click(screen.getByRole('button', { name: 'Read this page' }));
    await screen.findByText(/Tried again \(2×\)/);
    expect(reads()).toBe(2);
  });

  it('enables the site and reads again, or says what the browser asked for or refused', async () => {
    let asked = 0;
    const granted = renderCard('no-access', {
      enableCurrentSite: async () => {
        asked++;
        return { ok: true, value: 'https://crm.example.com/*' };
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Enable on this site' }));
    await waitFor(() => expect(granted.reads()).toBe(1));
    expect(asked).toBe(1);
    granted.view.unmount();

    const menu = renderCard('no-access', { enableCurrentSite: async () => ({ ok: false, error: { code: 'asked-in-menu' } }) });
    await user.click(screen.getByRole('button', { name: 'Enable on this site' }));
    await screen.findByText(/asks in its Extensions menu/);
    menu.view.unmount();

    renderCard('no-access', { enableCurrentSite: async () => ({ ok: false, error: { code: 'denied' } }) }, 'zh-CN');
    await user.click(screen.getByRole('button', { name: '在此网站启用' }));
    await screen.findByText('未获得网站访问权限。');
  });
});
