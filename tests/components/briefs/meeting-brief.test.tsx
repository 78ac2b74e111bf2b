import { act, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeetingBriefView } from '../../../components/briefs/MeetingBriefView';
import { I18nProvider } from '../../../components/shared/i18n';
import type { AppServices } from '../../../lib/services/app-services';
import { importSummaryFiles } from '../../../lib/team/team-import';
import { freshDatabase } from '../../helpers/db';
import { makeSummary } from '../../unit/team/summary-fixtures';

const WAIT = { timeout: 5000 };
const START = new Date(2026, 10, 17, 8, 45).getTime();

async function services() {
  const db = freshDatabase();
  const ada = await makeSummary({
    repId: 'ada',
    name: 'Ada Park',
    edit: (summary) => {
      summary.targets = [{ period: 'month', periodKey: '2026-11', kpi: 'deals', floor: 200, stretch: 240, changes: 0 }];
    },
  });
  await importSummaryFiles([{ name: 'ada.json', size: 1, text: async () => JSON.stringify(ada) }], {
    db,
    pause: async () => {},
    now: () => START,
  });
  let clock = START;
  const copied: string[] = [];
  const app: AppServices = {
    db,
    browserLanguage: 'en',
    now: () => clock,
    copyText: async (text) => {
      copied.push(text);
    },
  };
  return { app, copied, advance: (ms: number) => (clock += ms) };
}

describe('meeting brief view', () => {
  it('shows the morning brief of the day, copies it as text and runs a 30-minute timer on the page clock', {
    timeout: 60_000,
  }, async () => {
    const { app, copied, advance } = await services();
    render(
      <I18nProvider language="en">
        <MeetingBriefView db={app.db} services={app} />
      </I18nProvider>,
    );
    const region = screen.getByRole('region', { name: 'Meeting brief' });
    expect(await within(region).findByText('Morning meeting · 2026-11-17', {}, WAIT)).toBeTruthy();
    expect(within(region).getByText('Today’s platform')).toBeTruthy();
    // The morning ends with the follow-ups due; this summary predates follow-up counts and says so.
    expect(within(region).getByRole('heading', { name: 'Follow-ups due today' })).toBeTruthy();
    expect(within(region).getByText(/carry no follow-up counts/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('Brief copied.', {}, WAIT)).toBeTruthy();
    expect(copied[0]?.startsWith('Morning meeting · 2026-11-17\n\nToday’s platform\n• Ada Park:')).toBe(true);

    const timer = screen.getByRole('timer', { name: 'Meeting timer' });
    expect(timer.textContent).toBe('30:00 left of 30 minutes');
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    // Let Preact run the effect that starts the interval.
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Stop timer' })).toBeTruthy();
    // The page clock moves; the next tick of the interval shows it (the numbers come from the pinned clock only).
    advance(90_000);
    await waitFor(() => expect(timer.textContent).toBe('28:30 left of 30 minutes'), WAIT);
    advance(30 * 60_000);
    await waitFor(() => expect(timer.textContent).toBe('Time is up (30 minutes)'), WAIT);
  });

  it('the evening review is 20 minutes and ends with tomorrow’s platform', { timeout: 60_000 }, async () => {
    const { app } = await services();
    render(
      <I18nProvider language="en">
        <MeetingBriefView db={app.db} services={app} />
      </I18nProvider>,
    );
    await screen.findByText('Morning meeting · 2026-11-17', {}, WAIT);
    await userEvent.setup().selectOptions(screen.getByLabelText('Meeting', { exact: true }), 'evening');
    expect(await screen.findByText('Evening review · 2026-11-17', {}, WAIT)).toBeTruthy();
    expect(screen.getByText('Tomorrow’s platform')).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Meeting timer' }).textContent).toBe('20:00 left of 20 minutes');
  });
});
