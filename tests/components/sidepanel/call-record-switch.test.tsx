import { act, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { loadDraft } from '../../../lib/calls/draft';
import { FIRST_DRAFT_ID } from '../../../lib/calls/draft-slot';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { loadProfile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices, samplePageContext } from '../../helpers/panel-services';

// Sections and their strings load on first use: on a busy machine that can take more than the default second.

async function onboardedPanel(readFirst = samplePageContext()) {
  const services = fakePanelServices({ now: () => new Date(2026, 10, 26, 10, 0).getTime() });
  services.readCrmPage = async () => ({ ok: true, value: readFirst });
  const { profile } = await loadProfile('en-US', services.db);
  await seedDefaultContent(
    await saveProfile({ ...profile, repName: 'Alex', language: 'en', defaultRegion: 'US', onboardedAt: 1 }, services.db),
    services.db,
    'en-US',
    1,
  );
  render(<SidePanelApp services={services} />);
  return services;
}

const wangFang = samplePageContext({
  url: 'https://crm.example.com/contacts/77',
  name: 'Wang Fang',
  phones: [{ raw: '(415) 555-2671', source: 'table', label: 'Phone' }],
});

describe('the call follows the record on screen', () => {
  it('never dials, checks or logs a number picked on the previous record', async () => {
    const services = await onboardedPanel();
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'On screen' });
    await user.click(await within(card).findByRole('button', { name: 'Call (252) 460-7929' }));
    await waitFor(async () => expect((await loadDraft(FIRST_DRAFT_ID, services.db)).phoneRaw).toBe('(252) 460-7929'));
    // The rep moves to another record before starting the call.
    services.pushPage(wangFang);
    await within(card).findByRole('heading', { name: 'Wang Fang' });
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Save call' });
    const draft = await loadDraft(FIRST_DRAFT_ID, services.db);
    expect(draft).toMatchObject({ customerName: 'Wang Fang', phoneRaw: '(415) 555-2671', phoneE164: '+14155552671' });
    expect(draft.recordUrl).toBe('https://crm.example.com/contacts/77');
  });

  it('waits for the next record while an SPA switches, instead of starting a call with no number', async () => {
    const services = await onboardedPanel();
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'On screen' });
    await within(card).findByRole('heading', { name: 'Jordan Avery' });
    services.pushPage({ ...wangFang, name: undefined, phones: [], settling: true });
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByText('Loading the next record…', { selector: '[role=status]' });
    expect((await loadDraft(FIRST_DRAFT_ID, services.db)).startedAt).toBeUndefined();
  });

  it('prefills the first real number, not an invalid tel: link listed before it', async () => {
    const services = await onboardedPanel(
      samplePageContext({
        phones: [
          { raw: '+1-555-0100', source: 'tel-link' },
          { raw: '937.676.2183 x18521', source: 'label', label: 'Mobile' },
        ],
      }),
    );
    const user = userEvent.setup();
    await within(await screen.findByRole('region', { name: 'On screen' })).findByRole('heading', { name: 'Jordan Avery' });
    // The normaliser loads just after first paint; the preview shows the chosen number once it has.
    // Name and number are page text, each in its own <bdi>: the line is matched as a whole.
    const callRegion = await screen.findByRole('region', { name: 'Current call' });
    await waitFor(() => expect(callRegion.querySelector('.call-who')?.textContent).toBe('Jordan Avery · 937.676.2183 x18521'));
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Save call' });
    expect((await loadDraft(FIRST_DRAFT_ID, services.db)).phoneE164).toBe('+19376762183');
  });

  it('never shows the previous record under the new URL while an SPA switches', async () => {
    const services = await onboardedPanel();
    const card = await screen.findByRole('region', { name: 'On screen' });
    await within(card).findByRole('heading', { name: 'Jordan Avery' });
    const newUrl = 'https://crm.example.com/contacts/77';
    // The switch window (SETTLE_MS) is measured on the clock: pinned, so a slow machine cannot close it mid-test.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    services.pushPage(samplePageContext({ url: newUrl, name: undefined, phones: [], settling: true }));
    await waitFor(() => expect(card.getAttribute('aria-busy')).toBe('true'));
    // The page still shows the old customer under the new URL (values not arrived yet): once the panel
    // has rendered that push (act flushes it), the card is still settling and shows no old name.
    await act(() => services.pushPage(samplePageContext({ url: newUrl })));
    expect(card.getAttribute('aria-busy')).toBe('true');
    expect(within(card).queryByRole('heading', { name: 'Jordan Avery' })).toBeNull();
    services.pushPage(wangFang);
    await within(card).findByRole('heading', { name: 'Wang Fang' });
  });
});
