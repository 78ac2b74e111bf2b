import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { ObjectionsSection } from '../../../components/sidepanel/sections/ObjectionsSection';
import type { PanelCommand } from '../../../lib/background/panel-commands';
import { loadDraft } from '../../../lib/calls/draft';
import { seedDefaultContent } from '../../../lib/content/default-content';
import type { CallRecord } from '../../../lib/db/records';
import { objectionsEn as en } from '../../../lib/i18n/messages/en/objections';
import { objectionsZh as zh } from '../../../lib/i18n/messages/zh-CN/objections';
import { defaultProfile, type Language, type Profile } from '../../../lib/settings/settings';
import { fakePanelServices, samplePageContext } from '../../helpers/panel-services';

// Sections and their strings load on first use: on a busy machine that can take more than the default second.

async function setup(language: Language = 'en', industry: Profile['industry'] = 'car-insurance') {
  const commandListeners = new Set<(command: PanelCommand) => void>();
  const services = fakePanelServices({
    onPanelCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
  });
  const profile: Profile = { ...defaultProfile('en-US'), repName: 'Alex', language, industry, onboardedAt: 1 };
  // First run seeds the default content (lib/content/default-content.ts); the section only reads it.
  await seedDefaultContent(profile, services.db, 'en-US', 1);
  render(
    <I18nProvider language={language}>
      <ObjectionsSection
        services={services}
        profile={profile}
        page={{ status: 'ready', context: samplePageContext(), siteEnabled: false }}
        refreshPage={() => undefined}
        draftId="draft-1"
      />
    </I18nProvider>,
  );
  return {
    services,
    user: userEvent.setup(),
    sendCommand: (command: PanelCommand) => {
      for (const listener of commandListeners) listener(command);
    },
  };
}

const PRICE_REBUTTAL_1 = 'I hear you, price matters.';

describe('objections section', () => {
  it('focuses the search box and copies the top rebuttal with Enter', async () => {
    const { services, user } = await setup();
    const search = await screen.findByRole('searchbox', { name: 'Search objections' });
    expect(document.activeElement).toBe(search);
    await screen.findByRole('heading', { name: /Your price is too high/ });
    await user.type(search, 'price');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(services.copied).toHaveLength(1));
    expect(services.copied[0]).toMatch(new RegExp(`^${PRICE_REBUTTAL_1}`));
    expect(screen.getByRole('status').textContent).toBe('Rebuttal copied.');
  });

  it('moves with the arrow keys and marks the chosen rebuttal used on the draft with Shift+Enter', async () => {
    const { services, user } = await setup();
    const search = await screen.findByRole('searchbox', { name: 'Search objections' });
    await screen.findByRole('heading', { name: /Your price is too high/ });
    await user.type(search, 'price');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{Shift>}{Enter}{/Shift}');
    await waitFor(async () => expect((await loadDraft('draft-1', services.db)).rebuttalsUsed).toEqual(['default-en-price-too-high-r2']));
    expect(services.copied[0]).toMatch(/^Which part feels expensive/);
    await screen.findByText('used on this call');
  });

  it('marks a rebuttal used with its button, once', async () => {
    const { services, user } = await setup();
    await screen.findByRole('heading', { name: /I already renewed/ });
    const used = screen.getByRole('button', { name: 'Mark rebuttal 1 of I already renewed as used' });
    await user.click(used);
    await waitFor(async () => expect((await loadDraft('draft-1', services.db)).rebuttalsUsed).toEqual(['default-en-already-renewed-r1']));
    await waitFor(() => expect((used as HTMLButtonElement).disabled).toBe(true));
  });

  it('shows stats from the call log with counts', async () => {
    const { services } = await setup();
    const base: Omit<CallRecord, 'id' | 'flags'> = {
      startedAt: 1,
      endedAt: 2,
      day: '2026-11-26',
      durationSec: 40,
      outcomeId: 'x',
      amount: 0,
      notes: '',
      scriptPath: [],
      checklistDone: [],
      rebuttalsUsed: ['default-en-price-too-high-r1'],
      overrides: [],
      updatedAt: 2,
    };
    await services.db.calls.bulkAdd([
      { ...base, id: 'a', flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } },
      { ...base, id: 'b', flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 0 } },
      { ...base, id: 'c', flags: { dialed: 1, connected: 1, effective: 0, quoted: 0, deal: 0 } },
    ]);
    const heading = await screen.findByRole('heading', { name: /Your price is too high/ });
    const objection = heading.closest('[role=group]') as HTMLElement;
    await within(objection).findByText('used 3 → quoted 2 (67%) → deal 1 (33%)');
    expect(within(objection).getAllByText('not used yet').length).toBe(2);
  });

  it('finds Chinese objections by pinyin initials', async () => {
    const { services, user } = await setup('zh-CN');
    const search = await screen.findByRole('searchbox', { name: '搜索异议' });
    await screen.findByRole('heading', { name: /已经保了/ });
    await user.type(search, 'jg');
    const list = screen.getByRole('group', { name: '匹配的应对话术' });
    expect(within(list).getAllByRole('group')[0]?.textContent).toContain('价格高了');
    // The search box is described by the chosen rebuttal, which is marked current in the results.
    const chosen = document.getElementById(search.getAttribute('aria-describedby') ?? '');
    expect(chosen?.textContent).toMatch(/^理解您在意价格/);
    expect(chosen?.closest('[aria-current]')?.getAttribute('aria-current')).toBe('true');
    expect(list.contains(chosen)).toBe(true);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(services.copied[0]).toMatch(/^理解您在意价格/));
  });

  it('takes the focus back when the browser keyboard command arrives while the section is open', async () => {
    const { user, sendCommand } = await setup();
    const search = await screen.findByRole('searchbox', { name: 'Search objections' });
    await screen.findByRole('heading', { name: /Your price is too high/ });
    await user.click(screen.getByRole('button', { name: 'Copy rebuttal 1 of Your price is too high' }));
    expect(document.activeElement).not.toBe(search);
    sendCommand('focus-objection-search');
    expect(document.activeElement).toBe(search);
  });

  it('says so when nothing matches', async () => {
    const { services, user } = await setup();
    const search = await screen.findByRole('searchbox', { name: 'Search objections' });
    await screen.findByRole('heading', { name: /Your price is too high/ });
    await user.type(search, 'zzzzqqq');
    expect((await screen.findByRole('status')).textContent).toBe('No matching objection for “zzzzqqq”.');
    // Enter with nothing to copy copies nothing and keeps the message.
    await user.keyboard('{Enter}');
    expect(services.copied).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('No matching objection for “zzzzqqq”.');
    expect(screen.queryByRole('group', { name: 'Matching rebuttals' })).toBeNull();
  });

  it('shows a home-renovation rep the objections of the trade, not car-insurance ones', async () => {
    await setup('en', 'home-renovation');
    await screen.findByRole('heading', { name: /Your price is too high/ });
    expect(screen.getByRole('heading', { name: /I am worried about surprise costs/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /I already renewed/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: /A friend handles my insurance/ })).toBeNull();
  });

  it('shows a car-insurance rep no home-renovation objections', async () => {
    await setup('en', 'car-insurance');
    await screen.findByRole('heading', { name: /I already renewed/ });
    expect(screen.queryByRole('heading', { name: /I am worried about surprise costs/ })).toBeNull();
  });

  it('has results a screen reader can walk: labelled groups, no listbox holding headings or buttons', async () => {
    await setup();
    await screen.findByRole('heading', { name: /Your price is too high/ });
    const result = await axe.run(document.body, { runOnly: ['aria-required-children', 'aria-required-parent', 'nested-interactive'] });
    expect(result.violations).toEqual([]);
  });

  it('keeps the search placeholder short enough for a 400 px panel, in both languages', () => {
    expect(en['objections.placeholder'].length).toBeLessThanOrEqual(36);
    expect(zh['objections.placeholder'].length).toBeLessThanOrEqual(14);
  });
});
