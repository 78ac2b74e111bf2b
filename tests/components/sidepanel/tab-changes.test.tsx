import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { seedDefaultContent } from '../../../lib/content/default-content';
import type { PageContext } from '../../../lib/page-reader/page-context';
import type { Result } from '../../../lib/result';
import { loadProfile, saveProfile } from '../../../lib/settings/settings';
import { fakePanelServices } from '../../helpers/panel-services';

/** A panel whose tab events the test sends, and whose next page read the test answers. */
async function panelWithTabEvents() {
  let tabChanged: (change: 'new-page' | 'loaded') => void = () => undefined;
  let answerRead: ((result: Result<PageContext>) => void) | undefined;
  const services = fakePanelServices({
    onCrmTabChanged(listener) {
      tabChanged = listener;
      return () => undefined;
    },
  });
  const firstRead = services.readCrmPage;
  let reads = 0;
  services.readCrmPage = () => {
    reads += 1;
    if (reads === 1) return firstRead();
    return new Promise((resolve) => {
      answerRead = resolve;
    });
  };
  const { profile } = await loadProfile('en-US', services.db);
  await seedDefaultContent(
    await saveProfile({ ...profile, repName: 'Alex', language: 'en', defaultRegion: 'US', onboardedAt: 1 }, services.db),
    services.db,
    'en-US',
    1,
  );
  render(<SidePanelApp services={services} />);
  const card = await screen.findByRole('region', { name: 'On screen' });
  await within(card).findByRole('heading', { name: 'Jordan Avery' });
  return { send: (change: 'new-page' | 'loaded') => act(() => tabChanged(change)), pendingRead: () => answerRead };
}

const onScreen = () => screen.getByRole('region', { name: 'On screen' });

describe('the record card when the CRM tab changes', () => {
  it('keeps the record shown when its page finishes loading, and reads it again', async () => {
    const panel = await panelWithTabEvents();
    await panel.send('loaded');
    expect(panel.pendingRead()).toBeDefined();
    // Still shown while the second read runs: no blank flash at the end of a page load.
    expect(onScreen().getAttribute('aria-busy')).not.toBe('true');
    expect(within(onScreen()).getByRole('heading', { name: 'Jordan Avery' })).toBeTruthy();
  });

  it('clears the old record at once when another page starts loading or another tab is active', async () => {
    const panel = await panelWithTabEvents();
    await panel.send('new-page');
    expect(panel.pendingRead()).toBeDefined();
    expect(onScreen().getAttribute('aria-busy')).toBe('true');
    expect(within(onScreen()).queryByRole('heading', { name: 'Jordan Avery' })).toBeNull();
  });
});
