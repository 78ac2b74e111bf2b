import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DatabaseUnavailable } from '../../../components/calls/DatabaseUnavailable';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import type { CallDraft } from '../../../lib/calls/draft';
import { FIRST_DRAFT_ID } from '../../../lib/calls/draft-slot';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { CallsideDatabase } from '../../../lib/db/database';
import { createTranslator } from '../../../lib/i18n';
import { loadProfile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices } from '../../helpers/panel-services';

const STARTED = new Date(2026, 10, 26, 10, 0).getTime();
const kept: CallDraft = {
  id: FIRST_DRAFT_ID,
  updatedAt: STARTED + 60_000,
  startedAt: STARTED,
  customerName: 'Wang Fang',
  phoneE164: '+8613800138000',
  outcomeId: 'call-back',
  notes: 'wants the renewal quote by Friday',
  scriptPath: [],
  checklistDone: [],
  requiredPending: [],
  rebuttalsUsed: [],
  overrides: [],
};

/** A database this build cannot open: another build left it at a far newer version. */
async function unopenableDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 9_990);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('a panel that cannot open the database', () => {
  it("shows the cause and the rep's kept call read-only, and copies it", async () => {
    const name = `callside-unopenable-${Math.random()}`;
    await unopenableDatabase(name);
    // Kept aside in session storage when the database refused it (lib/calls/draft-keeper.ts).
    await fakeBrowser.storage.session.set({ [`callside-kept-draft:${FIRST_DRAFT_ID}`]: kept });
    const services = fakePanelServices({ db: new CallsideDatabase(name) });
    render(<SidePanelApp services={services} />);
    // The cause, as the browser gave it (here: a database another build left without this build's tables).
    expect((await screen.findByRole('alert')).textContent).toMatch(/Storage problem: .*No objectStore named settings/);
    const call = await screen.findByRole('region', { name: 'Your unsaved call is kept' });
    expect(within(call).getByText('Wang Fang')).toBeTruthy();
    expect(within(call).getByText('wants the renewal quote by Friday')).toBeTruthy();
    expect(within(call).getByText('Call back')).toBeTruthy();
    // Read-only: nothing to type into, nothing that saves.
    expect(within(call).queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save call' })).toBeNull();
    await userEvent.setup().click(within(call).getByRole('button', { name: 'Copy call details' }));
    await screen.findByText('Copied the call details.');
    expect(services.copied[0]).toContain('Customer: Wang Fang');
    expect(services.copied[0]).toContain('Notes: wants the renewal quote by Friday');
    expect(services.copied[0]).toContain('Phone: +8613800138000');
  });

  it('tries again on demand and hands over once the database opens; until then it says it is still failing', async () => {
    const name = `callside-reopens-${Math.random()}`;
    await unopenableDatabase(name);
    const onReopened = vi.fn();
    const t = createTranslator('en');
    render(
      <DatabaseUnavailable problem="x" databaseName={name} language="en" t={t} copyText={async () => undefined} onReopened={onReopened} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(/still cannot be opened/);
    expect(onReopened).not.toHaveBeenCalled();
    // The space is freed / the other window is gone: the next try opens it.
    await Dexie.delete(name);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onReopened).toHaveBeenCalledTimes(1));
  });

  it('offers the kept call back in the call form once the database opens', async () => {
    await fakeBrowser.storage.session.set({ [`callside-kept-draft:${FIRST_DRAFT_ID}`]: kept });
    const services = fakePanelServices({ now: () => STARTED + 120_000 });
    const { profile } = await loadProfile('en-US', services.db);
    const ready = await saveProfile({ ...profile, repName: 'Alex', language: 'en', defaultRegion: 'CN', onboardedAt: 1 }, services.db);
    await seedDefaultContent(ready, services.db, 'en-US', 1);
    render(<SidePanelApp services={services} />);
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    await waitFor(() => expect((notes as HTMLTextAreaElement).value).toBe('wants the renewal quote by Friday'));
    expect(screen.getByRole('button', { name: 'Save call' })).toBeTruthy();
  });
});

describe('a panel whose database does not open at all', () => {
  it('shows the kept call while it waits (another window holds the old version open), then the panel once it opens', async () => {
    const name = `callside-blocked-${Math.random()}`;
    // An older Callside window: version 4 of the schema, open, not letting go when this panel asks to upgrade.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 40);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await fakeBrowser.storage.session.set({ [`callside-kept-draft:${FIRST_DRAFT_ID}`]: kept });
    const services = fakePanelServices({ db: new CallsideDatabase(name) });
    render(<SidePanelApp services={services} />);
    const call = await screen.findByRole('region', { name: 'Your unsaved call is kept' }, { timeout: 15_000 });
    expect(within(call).getByText('wants the renewal quote by Friday')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toMatch(/still waiting for its database/);
    // The other window closes: the upgrade goes through and the panel (first run, an empty database) replaces the wait.
    old.close();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Your unsaved call is kept' })).toBeNull(), { timeout: 15_000 });
    expect(screen.queryByText(/still waiting/)).toBeNull();
  });
});
