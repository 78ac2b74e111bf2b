// The rep's preview of what leaves: the new optional fields are shown too
// (follow-ups per day, the day's rebuttal use, the answer to a playbook's targets).
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { SummaryPreview } from '../../../components/team/SummaryPreview';
import { makeDay, makeSummary } from '../../unit/team/summary-fixtures';

describe('summary preview', () => {
  it('shows each day’s follow-ups and rebuttal use, and the answer to the playbook’s targets', async () => {
    const summary = await makeSummary({
      dialsOf: (day) => (day === '2026-11-03' ? 10 : 0),
      edit: (draft) => {
        draft.days = [
          makeDay('2026-11-03', 10, {
            followUpsSet: 2,
            followUpsDue: 1,
            rebuttals: [{ rebuttalId: 'price-1', used: 3, quoted: 2, deals: 1 }],
          }),
        ];
        draft.targetAnswers = {
          playbookVersion: 2,
          answeredAt: 0,
          targets: [
            {
              period: 'month',
              periodKey: '2026-11',
              kpi: 'quotes',
              proposed: 40,
              answer: 'own',
              agreed: 30,
              reversePlan: { workingDays: 20, quotes: 30, connects: 100, dials: 375, dialsPerDay: 19 },
            },
          ],
        };
      },
    });
    render(
      <I18nProvider language="en">
        <SummaryPreview summary={summary} />
      </I18nProvider>,
    );
    const days = screen.getByRole('table', { name: 'Days' });
    const headers = within(days)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const row = within(days).getByRole('row', { name: /^2026-11-03/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    const at = (name: string) => cells[headers.indexOf(name) - 1];
    expect(at('Follow-ups set')).toBe('2');
    expect(at('Follow-ups due')).toBe('1');
    expect(at('Rebuttals used that day')).toBe('Your price is too high ×3');
    const answers = screen.getByRole('table', { name: 'Your answer to playbook v2’s targets' });
    expect(
      within(answers)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2026-11 · Quotes', '40', 'Own number (v2)', '30', '30 quotes → 100 connects → 375 dials (19 dials a working day)']);
  });
});
