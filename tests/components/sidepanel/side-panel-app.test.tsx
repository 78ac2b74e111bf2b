import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { loadProfile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices, samplePageContext } from '../../helpers/panel-services';

// Finishing first run seeds the default content before the panel shows: more than a second on a busy machine.

async function onboarded(language: 'en' | 'zh-CN' = 'en') {
  const services = fakePanelServices();
  const { profile } = await loadProfile('en-US', services.db);
  await seedDefaultContent(
    await saveProfile({ ...profile, repName: 'Alex', language, onboardedAt: 1 }, services.db),
    services.db,
    'en-US',
    1,
  );
  return services;
}

describe('side panel shell', () => {
  it('asks name, team, language and industry on first run and stores them', async () => {
    const services = fakePanelServices();
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Li Na');
    await user.type(screen.getByRole('textbox', { name: 'Team name' }), ' East Team ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    // The form previews the chosen language at once.
    await user.selectOptions(await screen.findByRole('combobox', { name: '行业' }), 'home-renovation');
    await user.click(screen.getByRole('button', { name: '开始' }));
    await screen.findByRole('navigation', { name: '功能区' });
    const stored = await loadProfile('en-US', services.db);
    expect(stored.profile).toMatchObject({
      repName: 'Li Na',
      team: 'East Team',
      language: 'zh-CN',
      industry: 'home-renovation',
      defaultRegion: 'CN',
    });
  });

  it('shows the record on the CRM page and follows pushed changes', async () => {
    const services = await onboarded();
    render(<SidePanelApp services={services} />);
    const card = await screen.findByRole('region', { name: 'On screen' });
    await within(card).findByRole('heading', { name: 'Jordan Avery' });
    services.pushPage(samplePageContext({ name: 'Wang Fang', phones: [{ raw: '138 0013 8000', source: 'text' }] }));
    await within(card).findByRole('heading', { name: 'Wang Fang' });
    expect(card.textContent).toContain('138 0013 8000');
  });

  it('renders page text as text, never as HTML', async () => {
    const services = await onboarded();
    services.readCrmPage = async () => ({ ok: true, value: samplePageContext({ name: '<img src=x onerror=alert(1)>' }) });
    render(<SidePanelApp services={services} />);
    const heading = await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' });
    expect(heading.querySelector('img')).toBeNull();
  });

  it('moves between sections with Alt+number and the command palette', async () => {
    const services = await onboarded();
    render(<SidePanelApp services={services} />);
    await screen.findByRole('navigation', { name: 'Sections' });
    fireEvent.keyDown(window, { key: '3', code: 'Digit3', altKey: true });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Objections'));
    expect(screen.getByRole('button', { name: 'Objections' }).getAttribute('aria-current')).toBe('true');

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const input = await screen.findByRole('combobox', { name: 'Search commands' });
    const user = userEvent.setup();
    await user.type(input, 'go targ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Targets'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('explains when the page cannot be read', async () => {
    const services = await onboarded();
    services.readCrmPage = async () => ({ ok: false, error: { code: 'Cannot access contents of the page' } });
    render(<SidePanelApp services={services} />);
    // The browser's wording is turned into what the rep can do about it.
    await screen.findByText('Callside may not read this tab yet.');
    await screen.findByText(/Click the Callside toolbar button on this tab, or press Alt\+Shift\+S/);
    expect(screen.getByRole('button', { name: 'Read this page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enable on this site' })).toBeTruthy();
  });
});
