import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { loadProfile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices } from '../../helpers/panel-services';

// The draft's reads can be held back, as on a machine where another panel's work queues in front of them.
const reads = vi.hoisted(() => ({ held: false, release: [] as (() => void)[] }));
vi.mock('../../../lib/calls/draft', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/calls/draft')>();
  return {
    ...actual,
    loadDraft: async (...args: Parameters<typeof actual.loadDraft>) => {
      // Dexie.waitFor keeps the live query's watch across the wait.
      if (reads.held) await Dexie.waitFor(new Promise<void>((resolve) => reads.release.push(resolve)));
      return actual.loadDraft(...args);
    },
  };
});

vi.setConfig({ testTimeout: 20_000 });

describe('starting a call', () => {
  it('shows the call as soon as its write answers, without waiting for the draft to be read back', async () => {
    const services = fakePanelServices({ now: () => new Date(2026, 10, 26, 10, 0).getTime() });
    const { profile } = await loadProfile('en-US', services.db);
    const saved = await saveProfile({ ...profile, repName: 'Alex', language: 'en', defaultRegion: 'US', onboardedAt: 1 }, services.db);
    await seedDefaultContent(saved, services.db, 'en-US', 1);
    render(<SidePanelApp services={services} />);
    const user = userEvent.setup();
    const start = await screen.findByRole('button', { name: 'Start call' });
    reads.held = true;
    await user.click(start);
    // The write went through; every read of the draft since is still waiting.
    expect(await screen.findByRole('button', { name: 'Save call' })).toBeTruthy();
    expect(reads.release.length).toBeGreaterThan(0);
    expect(await services.db.drafts.count()).toBe(1);
    // The read, once let through, agrees: the call stays on screen, with the script's checklist.
    reads.held = false;
    for (const release of reads.release.splice(0)) release();
    expect(await screen.findByRole('group', { name: 'Required before saving a connected call' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save call' })).toBeTruthy();
  });
});
