import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { loadDraft } from '../../../lib/calls/draft';
import { FIRST_DRAFT_ID } from '../../../lib/calls/draft-slot';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { loadProfile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices } from '../../helpers/panel-services';

// The guard, the save and the checklist load on first use: on a busy machine that can take more than the default second.
vi.setConfig({ testTimeout: 20_000 });

/** A panel whose clock the test moves: 10:00 local, inside every calling window. */
async function panelAt(hour = 10) {
  let clock = new Date(2026, 10, 26, hour, 0).getTime();
  const services = fakePanelServices({ now: () => clock });
  const { profile } = await loadProfile('en-US', services.db);
  await seedDefaultContent(
    await saveProfile(
      { ...profile, repName: 'Alex', language: 'en', defaultRegion: 'US', effectiveSeconds: 30, onboardedAt: 1 },
      services.db,
    ),
    services.db,
    'en-US',
    1,
  );
  return { services, advance: (ms: number) => (clock += ms) };
}

const today = () => screen.getByRole('region', { name: 'Today' });
const todayValue = (label: string) => within(today()).getByText(label).nextElementSibling?.textContent;

describe('logging a call in the side panel', () => {
  it('logs a connected call with the keyboard alone and updates Today', async () => {
    const { services, advance } = await panelAt();
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    const start = await screen.findByRole('button', { name: 'Start call' });
    await waitFor(() => expect(document.activeElement).toBe(start));
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Save call' });
    advance(75_000);
    // The script's required checklist joins the call; a connected outcome walks the rep through it.
    await screen.findByRole('group', { name: 'Required before saving a connected call' });
    await user.keyboard('6');
    await waitFor(async () => expect((await loadDraft(FIRST_DRAFT_ID, services.db)).outcomeId).toBe('quoted'));
    for (const item of ['Identified myself and the company', 'Stated the purpose of the call', 'Gave the recording notice']) {
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: item })));
      await user.keyboard(' ');
    }
    const amount = screen.getByRole('spinbutton', { name: 'Amount' });
    await waitFor(() => expect(document.activeElement).toBe(amount));
    await user.keyboard('1200{Enter}');
    await screen.findByText('Call saved.');
    await waitFor(() => expect(todayValue('Quotes')).toBe('1'));
    expect(todayValue('Dials')).toBe('1');
    expect(todayValue('Connects')).toBe('1');
    expect(todayValue('Talk time')).toBe('1:15');
    const [call] = await services.db.calls.toArray();
    // Prefilled from the record on screen.
    expect(call).toMatchObject({
      outcomeId: 'quoted',
      amount: 1200,
      customerName: 'Jordan Avery',
      phoneE164: '+12524607929',
      durationSec: 75,
    });
    expect(call?.recordUrl).toBe('https://crm.example.com/contacts/42');
    // Ready for the next call.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start call' })));
  });

  it('offers one button per outcome, named by its label', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start call' }));
    for (const label of ['No answer', 'Busy', 'Invalid number', 'Not interested', 'Call back', 'Quoted', 'Deal', 'Do not call'])
      expect(await screen.findByRole('button', { name: label })).toBeTruthy();
    for (const field of ['Amount', 'Notes', 'Follow-up']) expect(screen.getByLabelText(field)).toBeTruthy();
  });

  it('keeps notes typed the moment the call form shows', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start call' }));
    const notes = (await screen.findByRole('textbox', { name: 'Notes' })) as HTMLTextAreaElement;
    // Typed in the same turn as the form appeared, before any effect scheduled after paint could run.
    fireEvent.input(notes, { target: { value: 'asked' } });
    await waitFor(async () => expect((await loadDraft(FIRST_DRAFT_ID, services.db)).notes).toBe('asked'));
    await screen.findByRole('button', { name: 'Save call' });
    expect(notes.value).toBe('asked');
  });

  it('moves focus to the outcomes in the frame that shows the call, never after the rep clicked elsewhere', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start call' }));
    const outcomes = await screen.findByRole('group', { name: 'Outcome' });
    // No wait: a focus move left for after paint could land after the rep's own click into Notes.
    expect(document.activeElement).toBe(outcomes);
  });

  it('shows Start call for the next call in the same frame as "Call saved."', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await user.click(await screen.findByRole('button', { name: 'No answer' }));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText('Call saved.');
    // No wait: the save deleted the draft in its own transaction, so the panel need not read it back first.
    expect(screen.getByRole('button', { name: 'Start call' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save call' })).toBeNull();
    expect(await services.db.drafts.count()).toBe(0);
  });

  it('keeps the draft when the panel closes mid-call', async () => {
    const { services } = await panelAt();
    const first = render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'asked about riders');
    await waitFor(async () => expect((await loadDraft(FIRST_DRAFT_ID, services.db)).notes).toBe('asked about riders'));
    first.unmount();
    render(<SidePanelApp services={services} />);
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    expect((notes as HTMLTextAreaElement).value).toBe('asked about riders');
    expect(screen.getByRole('button', { name: 'Save call' })).toBeTruthy();
  });

  it('asks for a reason before calling outside calling hours and saves the override', async () => {
    const { services } = await panelAt(22);
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    const guard = await screen.findByRole('alert', { name: 'Before you dial' });
    await user.click(within(guard).getByRole('button', { name: 'Call anyway' }));
    await within(guard).findByText(/Type a reason/);
    await user.type(within(guard).getByRole('textbox', { name: 'Reason' }), 'customer asked for 22:00');
    await user.click(within(guard).getByRole('button', { name: 'Call anyway' }));
    await user.click(await screen.findByRole('button', { name: 'No answer' }));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText('Call saved.');
    const [call] = await services.db.calls.toArray();
    expect(call?.overrides.map((override) => override.reason)).toContain('customer asked for 22:00');
  });

  it('refuses a Deal of 1e308 with a clear message and saves nothing', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('group', { name: 'Required before saving a connected call' });
    await user.keyboard('7');
    await waitFor(async () => expect((await loadDraft(FIRST_DRAFT_ID, services.db)).outcomeId).toBe('deal'));
    for (const item of ['Identified myself and the company', 'Stated the purpose of the call', 'Gave the recording notice'])
      await user.click(screen.getByRole('checkbox', { name: item }));
    // Enter in the field saves (a click on Save call would first meet the browser's step check).
    await user.type(screen.getByRole('spinbutton', { name: 'Amount' }), '1e308{Enter}');
    await screen.findByText(/^Amount is too large/);
    expect(await services.db.calls.count()).toBe(0);
    expect(await services.db.rollups.count()).toBe(0);
  });

  it('closes the guard prompt on Escape, like Cancel', async () => {
    const { services } = await panelAt(22);
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    const guard = await screen.findByRole('alert', { name: 'Before you dial' });
    await waitFor(() => expect(guard.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Before you dial' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Start call' })).toBeTruthy();
    expect((await loadDraft(FIRST_DRAFT_ID, services.db)).startedAt).toBeUndefined();
  });

  it('discards a call only on a second press of "Confirm discard"; leaving the button disarms it', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await user.click(await screen.findByRole('button', { name: 'Discard call' }));
    const confirm = screen.getByRole('button', { name: 'Confirm discard' });
    expect(document.activeElement).toBe(confirm);
    expect((await loadDraft(FIRST_DRAFT_ID, services.db)).startedAt).toBeDefined();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Discard call' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Discard call' }));
    await user.click(screen.getByRole('button', { name: 'Confirm discard' }));
    await screen.findByRole('button', { name: 'Start call' });
    expect((await loadDraft(FIRST_DRAFT_ID, services.db)).startedAt).toBeUndefined();
    expect(await services.db.calls.count()).toBe(0);
  });

  it('refuses a connected call until the required checklist is ticked, even with the Script section never opened', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await user.click(await screen.findByRole('button', { name: 'Not interested' }));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText(/Identified myself and the company/, { selector: '[role=status]' });
    expect(await services.db.calls.count()).toBe(0);
    for (const item of ['Identified myself and the company', 'Stated the purpose of the call', 'Gave the recording notice']) {
      await user.click(screen.getByRole('checkbox', { name: item }));
    }
    await waitFor(async () => expect((await loadDraft(FIRST_DRAFT_ID, services.db)).requiredPending).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText('Call saved.');
    const [call] = await services.db.calls.toArray();
    expect(call?.checklistDone.sort()).toEqual(['identify', 'purpose', 'recording']);
    expect(call?.scriptId).toBe('default-en-home-renovation');
  });

  it('puts a "do not call" number on the do-not-call list', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await user.click(await screen.findByRole('button', { name: 'Do not call' }));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText('Call saved.');
    expect(await services.db.dncTotals.get('all')).toEqual({ id: 'all', count: 1 });
  });
  it('saves the outcome and ticks pressed just before Enter, with no pause between the keys (fast hands)', async () => {
    const { services } = await panelAt();
    render(<SidePanelApp services={services} />);
    // No delay between keys: the outcome's write and the ticks are still in flight when Enter saves.
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('group', { name: 'Required before saving a connected call' });
    await user.keyboard('2{Enter}');
    await screen.findByText('Call saved.');
    expect((await services.db.calls.toArray()).map((call) => call.outcomeId)).toEqual(['busy']);

    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('group', { name: 'Required before saving a connected call' });
    // The last call's word went with it: the new call shows no "saved".
    expect(screen.queryByText('Call saved.')).toBeNull();
    await user.keyboard('4');
    for (const item of ['Identified myself and the company', 'Stated the purpose of the call', 'Gave the recording notice'])
      await user.click(screen.getByRole('checkbox', { name: item }));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText('Call saved.');
    const connected = (await services.db.calls.toArray()).find((call) => call.outcomeId === 'not-interested');
    expect(await services.db.calls.count()).toBe(2);
    expect(connected?.checklistDone.sort()).toEqual(['identify', 'purpose', 'recording']);
  });
});
