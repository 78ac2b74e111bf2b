import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { TeamView } from '../../../components/team/TeamView';
import { freshDatabase } from '../../helpers/db';
import { makeSummary } from '../../unit/team/summary-fixtures';

// The lead looks at November 2026 on the evening of the 30th.
const NOW = new Date(2026, 10, 30, 18, 30).getTime();
const HOUR = 3_600_000;

const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function teamFiles() {
  const ada = await makeSummary({ repId: 'ada', name: 'Ada Park', exportedAt: NOW - 2 * HOUR, dialsOf: () => 100 });
  // Ben dials little (below the 50-dial minimum in total) and exported two days ago: his rates do not rank, his row is stale.
  const ben = await makeSummary({
    repId: 'ben',
    name: 'Ben Okafor',
    exportedAt: NOW - 50 * HOUR,
    dialsOf: (day) => (day === '2026-11-02' ? 40 : 0),
    edit: (summary) => {
      summary.targets = [{ period: 'month', periodKey: '2026-11', kpi: 'deals', floor: 2, stretch: 3, changes: 0 }];
    },
  });
  return [fileOf('ada.json', JSON.stringify(ada)), fileOf('ben.json', JSON.stringify(ben)), fileOf('notes.csv', 'record,key\r\nday,1\r\n')];
}

describe('team view', () => {
  it('imports files, names the bad one, ranks by attainment and sorts by any KPI with counted rates', { timeout: 60_000 }, async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <TeamView db={db} now={() => NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Import summaries');
    fireEvent.change(input, { target: { files: await teamFiles() } });
    await screen.findByText('2 imported, 0 replaced, 0 unchanged, 1 rejected.', {}, { timeout: 15_000 });
    const results = screen.getByRole('table', { name: 'Import results' });
    expect(
      within(within(results).getByRole('row', { name: /notes\.csv/ })).getByText(/looks like a spreadsheet \(CSV\) export/),
    ).toBeTruthy();

    const board = await screen.findByRole('table', { name: 'Leaderboard' });
    const names = () =>
      within(board)
        .getAllByRole('button', { name: /^Details for/ })
        .map((button) => button.textContent);
    // Ada: 30 days x 100 dials -> 30 x 8 deals = 240 of 40 (600%); Ben: 40 dials -> 3 deals of 2 (150%).
    expect(names()).toEqual(['Ada Park', 'Ben Okafor']);
    const benRow = within(board).getByRole('row', { name: /Ben Okafor/ });
    expect(within(benRow).getByText('Stale')).toBeTruthy();
    expect(within(benRow).getAllByText('below 50 dials')).toHaveLength(3);
    expect(within(benRow).getByText('50% (20/40)')).toBeTruthy();
    const adaRow = within(board).getByRole('row', { name: /Ada Park/ });
    expect(within(adaRow).queryByText('Stale')).toBeNull();
    expect(within(adaRow).getByText('600%')).toBeTruthy();

    await user.click(within(board).getByRole('button', { name: 'Sort by Dials' }));
    expect(names()).toEqual(['Ada Park', 'Ben Okafor']);
    await user.click(within(board).getByRole('button', { name: 'Sort by Dials' }));
    expect(names()).toEqual(['Ben Okafor', 'Ada Park']);
    expect(within(board).getByRole('columnheader', { name: /Dials/ }).getAttribute('aria-sort')).toBe('ascending');

    // Team totals: 3,000 + 40 dials.
    const footer = within(board).getAllByRole('row').at(-1) as HTMLElement;
    expect(within(footer).getByText('3,040')).toBeTruthy();

    await user.click(within(board).getByRole('button', { name: 'Details for Ada Park' }));
    const funnel = await screen.findByRole('region', { name: 'Customer funnel' });
    expect(within(funnel).getByRole('row', { name: /Dialed/ }).textContent).toContain('2,400');
    expect(screen.getByRole('region', { name: 'Tenure stage' }).textContent).toContain('稳定期 norming');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Team stage' }).textContent).toContain('months in'));
  });

  it('a re-import of the same files is unchanged and counts nothing twice', { timeout: 60_000 }, async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="zh-CN">
        <TeamView db={db} now={() => NOW} />
      </I18nProvider>,
    );
    const input = await screen.findByLabelText('导入汇总');
    const files = (await teamFiles()).slice(0, 2);
    fireEvent.change(input, { target: { files } });
    await screen.findByText('导入 2 个，替换 0 个，未变 0 个，拒绝 0 个。', {}, { timeout: 15_000 });
    fireEvent.change(input, { target: { files } });
    await screen.findByText('导入 0 个，替换 0 个，未变 2 个，拒绝 0 个。', {}, { timeout: 15_000 });
    const board = screen.getByRole('table', { name: '排行榜' });
    const footer = within(board).getAllByRole('row').at(-1) as HTMLElement;
    expect(within(footer).getByText('3,040')).toBeTruthy();
  });
});
