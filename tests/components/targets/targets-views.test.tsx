import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { TargetsSection } from '../../../components/sidepanel/sections/TargetsSection';
import { TargetSummary } from '../../../components/targets/TargetSummary';
import { TargetsOptionsSection } from '../../../components/targets/TargetsOptionsSection';
import { addCall } from '../../../lib/calls/call-log';
import { defaultProfile } from '../../../lib/settings/settings';
import { setTarget, targetChanges } from '../../../lib/targets/target-store';
import { freshDatabase } from '../../helpers/db';
import { fakePanelServices } from '../../helpers/panel-services';
import { makeCall } from '../../unit/calls/call-factory';

// Thursday 26 November 2026, 10:00: 21 working days in the month (weekends only, English defaults), 19 before today.
const NOW = new Date(2026, 10, 26, 10, 0).getTime();
const DEAL = { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } as const;

describe('targets in the panel', () => {
  it('the Call section bars show today against the platform and the month against the floor, and move with each call', async () => {
    const db = freshDatabase();
    await setTarget({ periodKey: '2026-11', kpi: 'deals', floor: 42, stretchFactor: 1.2, reason: 'month plan' }, NOW, db);
    // 38 deals before today: 4 left over 3 working days (26, 27, 30): today's platform is 2.
    for (let index = 0; index < 38; index += 1)
      await addCall(
        makeCall({ startedAt: new Date(2026, 10, 2 + (index % 20), 11).getTime(), outcomeId: 'deal', flags: DEAL, amount: 100 }),
        db,
      );
    render(
      <I18nProvider language="en">
        <TargetSummary db={db} now={() => NOW} openOptions={() => undefined} />
      </I18nProvider>,
    );
    const today = await screen.findByRole('progressbar', { name: 'Today' });
    const month = screen.getByRole('progressbar', { name: 'This month' });
    expect(today.getAttribute('aria-valuetext')).toBe('0 of 2');
    expect(month.getAttribute('aria-valuetext')).toBe('38 of 42');
    expect(screen.getByText('stretch 51')).toBeTruthy();
    await addCall(makeCall({ startedAt: NOW, outcomeId: 'deal', flags: DEAL, amount: 100 }), db);
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Today' }).getAttribute('aria-valuetext')).toBe('1 of 2'));
    expect(screen.getByText('39 of 42')).toBeTruthy();
    // Passing 90 % while the panel is open is announced once.
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('the Targets section is a region named Targets with pace, sprints and the weakest lever', async () => {
    const services = fakePanelServices({ now: () => NOW });
    await setTarget({ periodKey: '2026-11', kpi: 'dials', floor: 2100, stretchFactor: 1.2, reason: 'month plan' }, NOW, services.db);
    render(
      <I18nProvider language="en">
        <TargetsSection
          services={services}
          profile={defaultProfile('en-US')}
          page={{ status: 'idle' } as never}
          refreshPage={() => undefined}
          draftId="d"
        />
      </I18nProvider>,
    );
    const region = await screen.findByRole('region', { name: 'Targets' });
    await within(region).findByRole('heading', { name: /Dials/ });
    // Nothing done in 19 working days: 2,100 over the 3 left.
    expect(within(region).getByText('Today: 0 of the daily platform 700')).toBeTruthy();
    expect(within(region).getByText(/At risk/)).toBeTruthy();
    expect(within(region).getByText(/Day 21 to the end/)).toBeTruthy();
    expect(await within(region).findByRole('heading', { name: 'Weakest lever' })).toBeTruthy();
    expect(within(region).getByText(/No lever is below its reference yet/)).toBeTruthy();
  });
});

describe('targets in options', () => {
  it('sets a floor with a reason, refuses a change without one, and keeps the history', async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <TargetsOptionsSection db={db} profile={defaultProfile('en-US')} now={() => NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'KPI' }), 'deals');
    await user.type(screen.getByRole('textbox', { name: 'Floor (company target)' }), '40');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    expect(await screen.findByText('Say why the target changes: every change is kept with its reason.')).toBeTruthy();
    expect(await db.targets.count()).toBe(0);
    await user.type(screen.getByRole('textbox', { name: 'Reason for the change' }), 'agreed at the month-start session');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    expect(await screen.findByText('Target saved. The remaining days are re-planned.')).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Floor (company target)' }));
    await user.type(screen.getByRole('textbox', { name: 'Floor (company target)' }), '45.5');
    await user.type(screen.getByRole('textbox', { name: 'Reason for the change' }), 'more');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    expect(await screen.findByText('This KPI counts whole calls or deals: use a whole number.')).toBeTruthy();
    const changes = await targetChanges('2026-11', db);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ old: null, new: { value: 40, stretchFactor: 1.2 }, reason: 'agreed at the month-start session' });
    await waitFor(() => expect(screen.getByText(/agreed at the month-start session/)).toBeTruthy());
  });
});
