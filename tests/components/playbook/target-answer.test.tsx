// The rep's side of the target conversation, in the playbook import: Accept,
// or Propose my own with a number and the reverse plan shown; the lead's side
// in the team view: proposed and agreed per rep.
import { fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlaybookView } from '../../../components/playbook/PlaybookView';
import { I18nProvider } from '../../../components/shared/i18n';
import { TeamView } from '../../../components/team/TeamView';
import type { CallsideDatabase } from '../../../lib/db/database';
import type { AppServices } from '../../../lib/services/app-services';
import { loadTargetAnswers } from '../../../lib/team/summary-target-answers';
import { exportDecemberPack } from '../../helpers/lead-pack';
import { onboardedRepDatabase } from '../../helpers/rep-database';
import { makeSummary } from '../../unit/team/summary-fixtures';

const NOW = new Date(2026, 11, 1, 18, 30).getTime();
const WAIT = { timeout: 5000 };
const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });

const seeded = (repId: string, repName: string) => onboardedRepDatabase({ repId, repName, team: 'North' }, NOW);

/** The lead proposes Ana 40 deals and 2,000 dials for December; everyone else 20 deals. */
const leadPack = (lead: CallsideDatabase) => exportDecemberPack(lead, { repId: 'ana', repName: 'Ana Lima' }, NOW);

function showPlaybook(db: CallsideDatabase, language: 'en' | 'zh-CN' = 'en') {
  const services: AppServices = { db, browserLanguage: 'en', now: () => NOW };
  return render(
    <I18nProvider language={language}>
      <PlaybookView db={db} services={services} />
    </I18nProvider>,
  );
}

describe('the rep answers the proposed targets', () => {
  it('proposes their own deals with the reverse plan shown, accepts the dials, and the answer is kept', { timeout: 60_000 }, async () => {
    const { text } = await leadPack(await seeded('lee', 'Lee'));
    const rep = await seeded('ana', 'Ana Lima');
    showPlaybook(rep);
    const user = userEvent.setup();
    await screen.findByText('No playbook accepted yet.', {}, WAIT);
    fireEvent.change(screen.getByLabelText('Import playbook'), { target: { files: [fileOf('pack.json', text)] } });
    const targets = await screen.findByRole('region', { name: /^Targets/ }, WAIT);
    const deals = within(targets).getByRole('group', { name: '2026-12, Deals: proposed 40 (stretch 48)' });
    const dials = within(targets).getByRole('group', { name: '2026-12, Dials: proposed 2,000 (stretch 2,400)' });
    // Before any answer the plan of the proposal is shown: what 40 deals take.
    expect(within(deals).getByText(/^What 40 takes over 23 working days:/)).toBeTruthy();

    await user.click(within(deals).getByRole('radio', { name: 'Propose my own' }));
    await user.type(within(deals).getByRole('textbox', { name: 'My number for 2026-12, Deals' }), '32');
    expect(
      within(deals).getByText(
        'What 32 takes over 23 working days: 1,600,000 revenue → 32 deals → 160 quotes → 534 connects → 2,003 dials (88 dials a working day)',
      ),
    ).toBeTruthy();
    await user.click(within(dials).getByRole('radio', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Apply accepted areas' }));
    expect(await screen.findByText('Playbook v1 accepted on 2026-12-01: Targets.', {}, WAIT)).toBeTruthy();
    expect(
      await screen.findByText(
        'Your last answer (playbook v1, 2026-12-01): 2026-12 Deals your own 32 (proposed 40); 2026-12 Dials accepted at 2000.',
        {},
        WAIT,
      ),
    ).toBeTruthy();
    const rows = (await rep.targets.toArray()).filter((row) => row.periodKey === '2026-12');
    expect(Object.fromEntries(rows.map((row) => [row.kpi, row.value]))).toEqual({ deals: 32, dials: 2000 });
    expect((await loadTargetAnswers(rep))?.targets[0]).toMatchObject({ answer: 'own', agreed: 32, reversePlan: { dials: 2003 } });
  });

  it('an own number that is not whole is refused by name and nothing changes', { timeout: 60_000 }, async () => {
    const { text } = await leadPack(await seeded('lee', 'Lee'));
    const rep = await seeded('ana', 'Ana Lima');
    showPlaybook(rep);
    const user = userEvent.setup();
    await screen.findByText('No playbook accepted yet.', {}, WAIT);
    fireEvent.change(screen.getByLabelText('Import playbook'), { target: { files: [fileOf('pack.json', text)] } });
    const deals = await screen.findByRole('group', { name: '2026-12, Deals: proposed 40 (stretch 48)' }, WAIT);
    await user.click(within(deals).getByRole('radio', { name: 'Propose my own' }));
    await user.type(within(deals).getByRole('textbox', { name: 'My number for 2026-12, Deals' }), '32.5');
    await user.click(screen.getByRole('button', { name: 'Apply accepted areas' }));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toBe(
      'Not applied, nothing changed: 2026-12, Deals: This KPI counts whole calls or deals: use a whole number.',
    );
    expect((await rep.targets.toArray()).filter((row) => row.periodKey === '2026-12')).toEqual([]);
    expect(await loadTargetAnswers(rep)).toBeNull();
  });

  it('speaks Chinese', { timeout: 60_000 }, async () => {
    const { text } = await leadPack(await seeded('lee', 'Lee'));
    const rep = await seeded('ana', 'Ana Lima');
    showPlaybook(rep, 'zh-CN');
    await screen.findByLabelText('导入作战手册', {}, WAIT);
    fireEvent.change(screen.getByLabelText('导入作战手册'), { target: { files: [fileOf('pack.json', text)] } });
    const deals = await screen.findByRole('group', { name: /^2026-12，成交：建议 40/ }, WAIT);
    expect(within(deals).getByRole('radio', { name: '接受' })).toBeTruthy();
    expect(within(deals).getByRole('radio', { name: '提出我的数字' })).toBeTruthy();
  });
});

describe('the lead sees proposed and agreed', () => {
  it('per rep: the own number with the rep’s reverse plan, and who has not answered yet', { timeout: 60_000 }, async () => {
    const lead = await seeded('lee', 'Lee');
    await leadPack(lead);
    const december = { first: '2026-12-01', last: '2026-12-31', key: '2026-12', exportedAt: NOW - 1000 };
    const ana = await makeSummary({
      ...december,
      repId: 'ana',
      name: 'Ana Lima',
      dialsOf: (day) => (day === '2026-12-01' ? 90 : 0),
      edit: (summary) => {
        summary.targets = [{ period: 'month', periodKey: '2026-12', kpi: 'deals', floor: 32, stretch: 39, changes: 1 }];
        summary.targetAnswers = {
          playbookVersion: 1,
          answeredAt: NOW - 5000,
          targets: [
            {
              period: 'month',
              periodKey: '2026-12',
              kpi: 'deals',
              proposed: 40,
              answer: 'own',
              agreed: 32,
              reversePlan: { workingDays: 23, revenue: 1_600_000, deals: 32, quotes: 160, connects: 534, dials: 2003, dialsPerDay: 88 },
            },
          ],
        };
      },
    });
    const ben = await makeSummary({ ...december, repId: 'ben', name: 'Ben Okafor', dialsOf: (day) => (day === '2026-12-01' ? 50 : 0) });
    render(
      <I18nProvider language="en">
        <TeamView db={lead} now={() => NOW} />
      </I18nProvider>,
    );
    fireEvent.change(await screen.findByLabelText('Import summaries'), {
      target: { files: [fileOf('ana.json', JSON.stringify(ana)), fileOf('ben.json', JSON.stringify(ben))] },
    });
    const table = await screen.findByRole('table', { name: 'Targets: proposed and agreed' }, { timeout: 15_000 });
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(/^Ana Lima/)).toEqual([
      '2026-12 · Deals',
      '40',
      'Own number (v1)',
      '32',
      '1,600,000 revenue → 32 deals → 160 quotes → 534 connects → 2,003 dials (88 dials a working day), over 23 working days',
    ]);
    expect(cells(/^Ben Okafor/)).toEqual(['2026-12 · Deals', '20', 'No answer yet', '—', '—']);
  });
});
