import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { options } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import type { PanelCommand } from '../../../lib/background/panel-commands';
import { loadDraft } from '../../../lib/calls/draft';
import { FIRST_DRAFT_ID } from '../../../lib/calls/draft-slot';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { loadProfile, type Profile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices } from '../../helpers/panel-services';

// Sections and their strings load on first visit: on a busy machine that can take more than the default second.
vi.setConfig({ testTimeout: 20_000 });

/** An onboarded panel at 10:00 local (inside every calling window), with a clock the test moves and a command channel. */
async function panel(profilePatch: Partial<Profile> = {}) {
  let clock = new Date(2026, 10, 26, 10, 0).getTime();
  const commandListeners = new Set<(command: PanelCommand) => void>();
  const services = fakePanelServices({
    now: () => clock,
    onPanelCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
  });
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
  return {
    services,
    user: userEvent.setup(),
    advance: (ms: number) => (clock += ms),
    sendCommand: (command: PanelCommand) => {
      for (const listener of commandListeners) listener(command);
    },
  };
}

const goTo = async (name: string) => {
  fireEvent.click(await screen.findByRole('button', { name }));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(name));
};
const draftOf = (services: { db: Parameters<typeof loadDraft>[1] }) => loadDraft(FIRST_DRAFT_ID, services.db);

describe('a running call follows the rep across sections', () => {
  it('shows timer, customer and outcome in a status strip in every other section, and logs an outcome key from there', async () => {
    const { services, user, advance } = await panel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Save call' });
    advance(83_000);
    for (const section of ['Script', 'Objections', 'Targets', 'Follow-ups']) {
      await goTo(section);
      const strip = await screen.findByRole('region', { name: 'Call in progress' });
      await waitFor(() => expect(within(strip).getByRole('timer', { name: 'Call time' }).textContent).toBe('1:23'));
      expect(within(strip).getByText('Jordan Avery')).toBeTruthy();
      expect(within(strip).getByRole('button', { name: 'Save call' })).toBeTruthy();
    }
    // No strip in the Call section itself: the call form is there.
    await goTo('Script');
    const strip = screen.getByRole('region', { name: 'Call in progress' });
    expect(strip.textContent).toContain('Keys 1–8 log the outcome');
    await user.keyboard('2');
    await waitFor(async () => expect((await draftOf(services)).outcomeId).toBe('busy'));
    await within(strip).findByText('Outcome: Busy');
    await user.click(within(strip).getByRole('button', { name: 'Save call' }));
    await within(strip).findByText('Call saved.');
    expect((await services.db.calls.toArray())[0]).toMatchObject({ outcomeId: 'busy', customerName: 'Jordan Avery' });
  });

  it('says in the strip what a save from another section still needs', async () => {
    const { services, user } = await panel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('group', { name: 'Required before saving a connected call' });
    await goTo('Objections');
    const strip = await screen.findByRole('region', { name: 'Call in progress' });
    // Focus is in the objection search box: typing there never logs an outcome.
    const search = await screen.findByRole('searchbox', { name: 'Search objections' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    await user.keyboard('4');
    expect((search as HTMLInputElement).value).toBe('4');
    expect((await draftOf(services)).outcomeId).toBeUndefined();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('4');
    await within(strip).findByText('Outcome: Not interested');
    await user.click(within(strip).getByRole('button', { name: 'Save call' }));
    await within(strip).findByText(/^Tick the required checklist items first/);
    expect(await services.db.calls.count()).toBe(0);
    await user.click(within(strip).getByRole('button', { name: 'Open call' }));
    await screen.findByRole('checkbox', { name: 'Gave the recording notice' });
  });

  it('keeps Shift+number for the script and the bare number for the outcome', async () => {
    const { services, user } = await panel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Save call' });
    await goTo('Script');
    const branch = await screen.findByRole('button', { name: 'Already renewed' });
    expect(branch.getAttribute('aria-keyshortcuts')).toBe('Shift+3');
    await user.keyboard('{Shift>}3{/Shift}');
    await screen.findByRole('heading', { name: 'Customer says they already renewed' });
    expect((await draftOf(services)).outcomeId).toBeUndefined();
    await user.keyboard('3');
    await waitFor(async () => expect((await draftOf(services)).outcomeId).toBe('invalid-number'));
    expect(screen.getByRole('heading', { name: 'Customer says they already renewed' })).toBeTruthy();
  });

  it('starts a call, with the guard, when Alt+Shift+C arrives from the browser', async () => {
    const { services, sendCommand } = await panel();
    await goTo('Objections');
    sendCommand('start-call');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Call'));
    await screen.findByRole('button', { name: 'Save call' });
    expect(await draftOf(services)).toMatchObject({ customerName: 'Jordan Avery', phoneE164: '+12524607929' });
  });

  it('runs the guard first when the command arrives outside calling hours', async () => {
    const { services, sendCommand, advance } = await panel();
    advance(12 * 3_600_000);
    await screen.findByRole('button', { name: 'Start call' });
    sendCommand('start-call');
    const guard = await screen.findByRole('alert', { name: 'Before you dial' });
    // One time format in the sentence: the window and the time it opens again alike.
    expect(guard.textContent).toMatch(/Outside calling hours \(8:00\s?AM–9:00\s?PM\)\. Allowed again tomorrow at 8:00\s?AM/);
    expect((await draftOf(services)).startedAt).toBeUndefined();
  });
});

describe('during a call', () => {
  it('asks a call back for its time, with presets, and saves it with the call', async () => {
    const { services, user } = await panel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('group', { name: 'Required before saving a connected call' });
    for (const item of ['Identified myself and the company', 'Stated the purpose of the call', 'Gave the recording notice'])
      await user.click(screen.getByRole('checkbox', { name: item }));
    await user.keyboard('5');
    await screen.findByText('The customer asked for a call back: pick a time.');
    const presets = screen.getByRole('group', { name: 'When to call back' });
    const inOneHour = within(presets).getByRole('button', { name: /^In 1 hour · 11:00\s?AM$/ });
    await waitFor(() => expect(document.activeElement).toBe(inOneHour));
    expect(within(presets).getByRole('button', { name: /^Tomorrow 10:00\s?AM$/ })).toBeTruthy();
    expect(within(presets).getByRole('button', { name: /^Next Monday 10:00\s?AM$/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText('Choose when to call back first.');
    expect(await services.db.calls.count()).toBe(0);
    await user.click(within(presets).getByRole('button', { name: /^Tomorrow 10:00\s?AM$/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save call' })));
    await user.keyboard('{Enter}');
    await screen.findByText('Call saved.');
    expect((await services.db.calls.toArray())[0]?.followUpAt).toBe(new Date(2026, 10, 27, 10, 0).getTime());
  });

  it('never flips a tick back while the checklist is written, however fast the rep clicks', async () => {
    const { services, user } = await panel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    const group = await screen.findByRole('group', { name: 'Required before saving a connected call' }, { timeout: 5000 });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    // Each click lands while the earlier ticks are still being written and read back (the next click
    // follows one database round trip, not a wall-clock pause); after every render, no ticked box may show unticked.
    const flippedBack: string[] = [];
    const clicked = new Set<HTMLInputElement>();
    const check = () => {
      for (const box of group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        if (clicked.has(box) && !box.checked) flippedBack.push(box.dataset.item ?? '');
    };
    let rendersChecked = 0;
    const previousDiffed = options.diffed;
    options.diffed = (vnode) => {
      previousDiffed?.(vnode);
      rendersChecked += 1;
      check();
    };
    try {
      for (const box of boxes) {
        fireEvent.click(box);
        clicked.add(box);
        check();
        await draftOf(services);
      }
      await waitFor(async () => expect((await draftOf(services)).checklistDone).toHaveLength(boxes.length));
    } finally {
      options.diffed = previousDiffed;
    }
    expect(rendersChecked).toBeGreaterThan(0);
    expect(flippedBack).toEqual([]);
    await waitFor(async () => expect((await draftOf(services)).checklistDone.sort()).toEqual(['identify', 'purpose', 'recording']));
    for (const box of within(group).getAllByRole('checkbox') as HTMLInputElement[]) expect(box.checked).toBe(true);
    // Unticking one fast after another: the last click wins.
    fireEvent.click(boxes[0] as HTMLInputElement);
    fireEvent.click(boxes[0] as HTMLInputElement);
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
    await waitFor(async () => expect((await draftOf(services)).requiredPending).toEqual([]));
  });

  it('collapses the record card to the name and keeps Save call beside its message', async () => {
    const { user } = await panel();
    const card = await screen.findByRole('region', { name: 'On screen' });
    await within(card).findByRole('heading', { name: 'Jordan Avery' });
    expect(card.textContent).toContain('Budget');
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Save call' });
    const collapsed = await screen.findByRole('region', { name: 'On screen' });
    await waitFor(() => expect(collapsed.textContent).not.toContain('Budget'));
    expect(within(collapsed).getByRole('heading', { name: 'Jordan Avery' })).toBeTruthy();
    await user.click(within(collapsed).getByRole('button', { name: 'Show record details' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'On screen' }).textContent).toContain('Budget'));
    // The save's message sits in the sticky footer with Save call.
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    const message = await screen.findByText('Choose an outcome first.');
    expect(message.closest('.call-footer')?.contains(screen.getByRole('button', { name: 'Save call' }))).toBe(true);
  });

  it('shows the picked outcome at once while its write waits behind another, and never flips it back', async () => {
    const { services, user } = await panel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Save call' });
    // Another writer holds the drafts store (a second panel's transaction, a slow disk): the pick's write queues.
    const held = services.db.backendDB().transaction('drafts', 'readwrite');
    let holding = true;
    const spin = () => {
      if (holding) held.objectStore('drafts').count().onsuccess = spin;
    };
    spin();
    const released = new Promise((resolve) => {
      held.oncomplete = resolve;
    });
    await user.keyboard('1');
    expect(screen.getByRole('button', { name: /No answer/, pressed: true })).toBeTruthy();
    holding = false;
    await released;
    await waitFor(async () => expect((await draftOf(services)).outcomeId).toBe('no-answer'));
    expect(screen.getByRole('button', { name: /No answer/, pressed: true })).toBeTruthy();
  });

  it("keeps the rep's own record toggle for the running call only", async () => {
    const { user } = await panel();
    const card = () => screen.getByRole('region', { name: 'On screen' });
    await within(await screen.findByRole('region', { name: 'On screen' })).findByRole('heading', { name: 'Jordan Avery' });
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await waitFor(() => expect(card().textContent).not.toContain('Budget'));
    await user.click(within(card()).getByRole('button', { name: 'Show record details' }));
    await waitFor(() => expect(card().textContent).toContain('Budget'));
    // Ticking through the call does not fold the card the rep opened.
    await user.keyboard('1');
    await screen.findByRole('button', { name: /No answer/, pressed: true });
    expect(card().textContent).toContain('Budget');
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByText('Call saved.');
    // Between calls the card is whole; the next call folds it again, whatever the rep chose last time.
    expect(card().textContent).toContain('Budget');
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await waitFor(() => expect(card().textContent).not.toContain('Budget'));
  });

  it('leaves the activity bar and the targets slot alone while a call is logged', async () => {
    const { user } = await panel();
    await within(await screen.findByRole('region', { name: 'On screen' })).findByRole('heading', { name: 'Jordan Avery' });
    const start = await screen.findByRole('button', { name: 'Start call' });
    const rendered = new Map<string, number>();
    const previousDiffed = options.diffed;
    options.diffed = (vnode) => {
      previousDiffed?.(vnode);
      const name = typeof vnode.type === 'function' ? vnode.type.name : '';
      if (name) rendered.set(name, (rendered.get(name) ?? 0) + 1);
    };
    try {
      await user.click(start);
      await screen.findByRole('button', { name: 'Save call' });
      await user.keyboard('1');
      await screen.findByRole('button', { name: /No answer/, pressed: true });
      await user.click(screen.getByRole('button', { name: 'Save call' }));
      await screen.findByText('Call saved.');
    } finally {
      options.diffed = previousDiffed;
    }
    expect(rendered.get('CallForm')).toBeGreaterThan(0);
    // Nothing the bar or the targets slot shows changed with the call (the slot's summary follows its own query).
    expect(rendered.get('ActivityBar') ?? 0).toBe(0);
    expect(rendered.get('CallProgressSlot') ?? 0).toBe(0);
  });

  it('names outcome and branch buttons by their visible text (no label-content mismatch)', async () => {
    const { user } = await panel();
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByRole('button', { name: 'Quoted' });
    let result = await axe.run(document.body, { runOnly: ['label-content-name-mismatch', 'aria-required-children', 'nested-interactive'] });
    expect(result.violations).toEqual([]);
    await goTo('Script');
    await screen.findByRole('button', { name: 'Already renewed' });
    result = await axe.run(document.body, { runOnly: ['label-content-name-mismatch', 'aria-required-children', 'nested-interactive'] });
    expect(result.violations).toEqual([]);
  });
});
