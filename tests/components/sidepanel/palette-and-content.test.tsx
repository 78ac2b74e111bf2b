import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { loadDraft } from '../../../lib/calls/draft';
import { FIRST_DRAFT_ID } from '../../../lib/calls/draft-slot';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { loadProfile, type Profile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices, samplePageContext } from '../../helpers/panel-services';

// Sections and their strings load on first visit: on a busy machine that can take more than the default second.
vi.setConfig({ testTimeout: 20_000 });

async function panel(profilePatch: Partial<Profile> = {}) {
  const services = fakePanelServices({ now: () => new Date(2026, 10, 26, 10, 0).getTime() });
  const { profile } = await loadProfile('en-US', services.db);
  await seedDefaultContent(
    await saveProfile(
      {
        ...profile,
        repName: 'Alex',
        team: 'North Team',
        language: 'en',
        defaultRegion: 'US',
        industry: 'car-insurance',
        onboardedAt: 1,
        ...profilePatch,
      },
      services.db,
    ),
    services.db,
    'en-US',
    1,
  );
  render(<SidePanelApp services={services} />);
  return { services, user: userEvent.setup() };
}

const openPalette = async () => {
  fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
  const input = await screen.findByRole('combobox', { name: 'Search commands' });
  await waitFor(() => expect(document.activeElement).toBe(input));
  return input;
};
const optionTitles = () => screen.getAllByRole('option').map((option) => option.querySelector('.palette-title')?.textContent);
const goTo = async (name: string) => {
  fireEvent.click(await screen.findByRole('button', { name }));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(name));
};

describe('command palette', () => {
  it('shows which row is selected and moves the selection with the arrows', async () => {
    const { user } = await panel();
    await screen.findByRole('button', { name: 'Start call' });
    const input = await openPalette();
    const listbox = screen.getByRole('listbox', { name: 'Command palette' });
    const selected = () => within(listbox).getAllByRole('option', { selected: true });
    expect(selected()).toHaveLength(1);
    const first = selected()[0] as HTMLElement;
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    await user.keyboard('{ArrowDown}');
    const second = selected()[0] as HTMLElement;
    expect(second).not.toBe(first);
    expect(input.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(first.getAttribute('aria-selected')).toBe('false');
    // Up from the first row wraps to the last.
    await user.keyboard('{ArrowUp}{ArrowUp}');
    const options = within(listbox).getAllByRole('option');
    expect(selected()[0]).toBe(options[options.length - 1]);
  });

  it('offers what applies now: Start call while idle; outcomes, follow-up, notes and discard during a call', async () => {
    const { services, user } = await panel();
    await screen.findByRole('button', { name: 'Start call' });
    await openPalette();
    expect(optionTitles()).toContain('Start call');
    expect(optionTitles()).not.toContain('Save call');
    expect(optionTitles()).not.toContain('Log outcome: Quoted');
    // The record's site actions are in it too.
    await waitFor(() => expect(optionTitles()).toContain('Site: enable Callside on this site'));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Save call' });
    await openPalette();
    await waitFor(() => expect(optionTitles()).toContain('Log outcome: Quoted'));
    const titles = optionTitles();
    expect(titles).not.toContain('Start call');
    for (const title of ['Save call', 'Discard call', 'Call: write notes', 'Log outcome: Quoted', 'Follow-up: none'])
      expect(titles).toContain(title);
    expect(titles.some((title) => /^Follow-up: Tomorrow 10:00\s?AM$/.test(title ?? ''))).toBe(true);
    await user.keyboard('notes{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Notes' })));
    await openPalette();
    await user.keyboard('discard{Enter}');
    await screen.findByRole('button', { name: 'Start call' });
    expect((await loadDraft(FIRST_DRAFT_ID, services.db)).startedAt).toBeUndefined();
  });

  it("lists the open section's actions first: script responses, stages and checklist in the Script section", async () => {
    const { services, user } = await panel();
    await goTo('Script');
    await screen.findByRole('button', { name: 'Already renewed' });
    await openPalette();
    await waitFor(() => expect(optionTitles()[0]).toMatch(/^Script: customer says/));
    expect(optionTitles()).toContain('Checklist: tick “Gave the recording notice”');
    const stage = within(screen.getByRole('listbox')).getByText('Script: go to Close').closest('[role=option]');
    expect(stage?.textContent).toContain('Script');
    await user.keyboard('tick recording{Enter}');
    await waitFor(async () => expect((await loadDraft(FIRST_DRAFT_ID, services.db)).checklistDone).toEqual(['recording']));
    expect((screen.getByRole('checkbox', { name: 'Gave the recording notice' }) as HTMLInputElement).checked).toBe(true);
  });

  it('copies and marks the chosen rebuttal from the Objections section', async () => {
    const { services, user } = await panel();
    await goTo('Objections');
    await screen.findByRole('heading', { name: /Your price is too high/ });
    await user.type(screen.getByRole('searchbox', { name: 'Search objections' }), 'price');
    await openPalette();
    await user.keyboard('copy the selected one and mark{Enter}');
    await waitFor(() => expect(services.copied[0]).toMatch(/^I hear you, price matters/));
    await waitFor(async () =>
      expect((await loadDraft(FIRST_DRAFT_ID, services.db)).rebuttalsUsed).toEqual(['default-en-price-too-high-r1']),
    );
  });
});

describe('content follows the rep', () => {
  it('introduces the rep with the team name from first run', async () => {
    await panel();
    await goTo('Script');
    const step = await screen.findByRole('article', { name: 'Current step' });
    await waitFor(() => expect(step.textContent).toContain('this is Alex, car insurance adviser at North Team.'));
    expect(screen.queryByRole('button', { name: 'Fill in Team' })).toBeNull();
  });

  it('gives a home-renovation rep the home-renovation script, objections and a contract-value label', async () => {
    await panel({ industry: 'home-renovation', language: 'zh-CN', defaultRegion: 'CN' });
    const today = await screen.findByRole('region', { name: '今日' });
    await waitFor(() => expect(within(today).getByText('合同额')).toBeTruthy());
    expect(within(today).queryByText('保费')).toBeNull();
    await goTo('异议');
    await screen.findByRole('heading', { name: /还没交房/ });
    expect(screen.queryByRole('heading', { name: /^已经保了/ })).toBeNull();
    await goTo('话术');
    const step = await screen.findByRole('article', { name: '当前步骤' });
    await waitFor(() => expect(step.textContent).toContain('家装顾问'));
  });

  it('never renders a name with bidi overrides reversed: isolated, controls removed, in the card and the call', async () => {
    const services = fakePanelServices({ now: () => new Date(2026, 10, 26, 10, 0).getTime() });
    services.readCrmPage = async () => ({ ok: true, value: samplePageContext({ name: '\u202Egnaw\u202C Fang' }) });
    const { profile } = await loadProfile('en-US', services.db);
    await seedDefaultContent(
      await saveProfile({ ...profile, repName: 'Alex', language: 'en', onboardedAt: 1 }, services.db),
      services.db,
      'en-US',
      1,
    );
    render(<SidePanelApp services={services} />);
    const heading = await screen.findByRole('heading', { name: 'gnaw Fang' });
    expect(heading.querySelector('bdi')?.textContent).toBe('gnaw Fang');
    const callRegion = await screen.findByRole('region', { name: 'Current call' });
    await waitFor(() => expect(callRegion.querySelector('bdi')?.textContent).toBe('gnaw Fang'));
    expect(document.body.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('names revenue premium for car insurance and revenue otherwise', async () => {
    await panel({ industry: 'car-insurance' });
    const today = await screen.findByRole('region', { name: 'Today' });
    expect(within(today).getByText('Premium')).toBeTruthy();
  });
});
