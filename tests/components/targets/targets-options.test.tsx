import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { CalendarOptionsSection } from '../../../components/targets/CalendarOptionsSection';
import { ReversePlanSection } from '../../../components/targets/ReversePlanSection';
import { defaultProfile } from '../../../lib/settings/settings';
import { calendarEntries } from '../../../lib/targets/calendar-store';
import { loadTargetSettings, targetsForPeriod } from '../../../lib/targets/target-store';
import { freshDatabase } from '../../helpers/db';

// Monday 2 November 2026, 10:00: 21 working days left in the month (weekends only).
const NOW = new Date(2026, 10, 2, 10, 0).getTime();

describe('reverse plan in options', () => {
  it('works back from an income goal with stated defaults, lets the rep edit an assumption, and applies it as the month target', async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <ReversePlanSection db={db} profile={{ ...defaultProfile('en-US'), industry: 'other' }} now={() => NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    // No history: every rate is a default, and the page says why.
    expect((await screen.findAllByText(/default: only 0 customers in your last 30 working days/)).length).toBeGreaterThan(0);
    // Defaults: income 12,000 − 4,000 − 2,000 at 5 % → 120,000; average premium 1,000 → 120 deals; 20 % → 600 quoted; 30 % → 2,000 connected; 40 % → 5,000 customers; x1.5 → 7,500 dials.
    await screen.findByText('For 2026-11: 120,000 revenue, 120 deals, 600 quotes, 2000 connects, 7500 dials');
    await user.clear(screen.getByRole('textbox', { name: /Average premium/ }));
    await user.type(screen.getByRole('textbox', { name: /Average premium/ }), '2000');
    await screen.findByText('For 2026-11: 120,000 revenue, 60 deals, 300 quotes, 1000 connects, 3750 dials');
    expect(screen.getByText(/Per remaining working day \(21\): 5,714.29 revenue, 3 deals, 15 quotes, 48 connects, 179 dials/)).toBeTruthy();
    expect(screen.getByText('edited')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use this as my month target' }));
    await screen.findByText('Month targets set from the reverse plan.');
    const targets = await targetsForPeriod('2026-11', db);
    expect(Object.fromEntries(targets.map((target) => [target.kpi, target.floor]))).toEqual({
      revenue: 120000,
      deals: 60,
      quotes: 300,
      connects: 1000,
      dials: 3750,
    });
    expect((await loadTargetSettings(db)).targetRates).toMatchObject({ averagePremium: 2000, successRate: 0.2 });
  });
});

describe('working-day calendar in options', () => {
  it('marks a day off and another on with the keyboard-reachable day buttons', async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <CalendarOptionsSection db={db} profile={defaultProfile('en-US')} now={() => NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await screen.findByText('21 working days in 2026-11');
    await user.click(screen.getByRole('button', { name: /Mark 2026-11-20 off/ }));
    await screen.findByText('20 working days in 2026-11');
    await user.click(screen.getByRole('button', { name: /Mark 2026-11-21 as a working day/ }));
    await screen.findByText('21 working days in 2026-11');
    expect(await calendarEntries('2026-11-01', '2026-11-30', db)).toEqual(
      new Map([
        ['2026-11-20', 'holiday'],
        ['2026-11-21', 'workday'],
      ]),
    );
    // English reps start with weekends only; China's official days are one tick away.
    expect(screen.getByRole('checkbox', { name: /China’s official holidays/ })).toHaveProperty('checked', false);
    await user.click(screen.getByRole('checkbox', { name: /China’s official holidays/ }));
    await waitFor(async () => expect((await calendarEntries('2026-10-01', '2026-10-01', db)).get('2026-10-01')).toBe('holiday'));
  });
});
