import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlaybookView } from '../../../components/playbook/PlaybookView';
import { I18nProvider } from '../../../components/shared/i18n';
import type { CallsideDatabase } from '../../../lib/db/database';
import { exportPlaybook } from '../../../lib/playbook/build-playbook';
import type { AppServices } from '../../../lib/services/app-services';
import { loadTeamSettings } from '../../../lib/team/team-settings';
import { onboardedRepDatabase } from '../../helpers/rep-database';

const NOW = new Date(2026, 11, 1, 18, 30).getTime();
/** A busy machine may take a while to read a file and the database. */
const WAIT = { timeout: 5000 };
const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });

const seeded = (repId: string) => onboardedRepDatabase({ repId, repName: repId, team: 'North' }, NOW);

function show(db: CallsideDatabase, language: 'en' | 'zh-CN' = 'en') {
  const services: AppServices = { db, browserLanguage: 'en', now: () => NOW };
  return render(
    <I18nProvider language={language}>
      <PlaybookView db={db} services={services} />
    </I18nProvider>,
  );
}

describe('playbook view', () => {
  it('the lead exports the next version as a file named by version and day', { timeout: 60_000 }, async () => {
    const db = await seeded('lee');
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:pack';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    show(db);
    const user = userEvent.setup();
    await screen.findByText('This export will be version 1.', {}, WAIT);
    await user.type(screen.getByLabelText('What changed in this version'), 'Shorter opening');
    await user.type(screen.getByLabelText('Month target for every rep (2026-12)'), '25');
    await user.click(screen.getByRole('button', { name: 'Export playbook' }));
    expect((await screen.findByRole('status', {}, WAIT)).textContent).toMatch('Saved callside-playbook_v1_2026-12-01.json.');
    const pack = JSON.parse(await (created[0] as Blob).text());
    expect(pack).toMatchObject({ format: 'callside.playbook', playbookVersion: 1, changelog: [{ text: 'Shorter opening' }] });
    expect(pack.targets.default).toEqual([{ period: 'month', periodKey: '2026-12', kpi: 'deals', floor: 25 }]);
    expect(screen.getByText('This export will be version 2.')).toBeTruthy();
  });

  it('refuses a bad number by name and writes no file', { timeout: 60_000 }, async () => {
    const db = await seeded('lee');
    show(db);
    const user = userEvent.setup();
    await screen.findByText('This export will be version 1.', {}, WAIT);
    const stretch = screen.getByLabelText('Stretch factor (stretch = floor × this)');
    await user.clear(stretch);
    await user.type(stretch, '50');
    await user.click(screen.getByRole('button', { name: 'Export playbook' }));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toMatch(
      'Not exported: Stretch factor (stretch = floor × this) must be a number from 1 to 10.',
    );
    expect(screen.getByText('This export will be version 1.')).toBeTruthy();
  });

  it('a rep imports a pack, sees the diff with its text, accepts the scripts and keeps their own objections', {
    timeout: 60_000,
  }, async () => {
    const lead = await seeded('lee');
    const [leadObjection] = await lead.objections.toArray();
    if (!leadObjection) throw new Error('no objection');
    await lead.objections.put({ ...leadObjection, title: '<img src=x onerror=alert(1)> Team wording' });
    const [leadScript] = await lead.scripts.toArray();
    if (!leadScript) throw new Error('no script');
    await lead.scripts.put({ ...leadScript, name: 'Team opening', body: { ...(leadScript.body as object), name: 'Team opening' } });
    const { text } = await exportPlaybook(
      {
        locale: 'en',
        effectiveSeconds: 30,
        team: 'North',
        lead: 'Lee',
        changes: 'Team opening',
        targets: { stretchFactor: 1.2, default: [], perRep: [] },
        now: NOW,
      },
      lead,
    );
    const rep = await seeded('ana');
    show(rep);
    const user = userEvent.setup();
    expect(await screen.findByText('No playbook accepted yet.', {}, WAIT)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Import playbook'), { target: { files: [fileOf('pack.json', text)] } });
    const scripts = await screen.findByRole('region', { name: /^Scripts/ }, WAIT);
    expect(within(scripts).getByText('Team opening')).toBeTruthy();
    const objections = screen.getByRole('region', { name: /^Objections/ });
    // Pack text is shown as text: the tag is visible, no image is made.
    expect(within(objections).getAllByText(/<img src=x onerror=alert\(1\)> Team wording/).length).toBeGreaterThan(0);
    expect(objections.querySelector('img')).toBeNull();
    expect(within(screen.getByRole('region', { name: /^Compliance rules/ })).getByText('No changes.')).toBeTruthy();
    const apply = screen.getByRole('button', { name: 'Apply accepted areas' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Accept Scripts' }));
    await user.click(apply);
    expect(await screen.findByText('Playbook v1 accepted on 2026-12-01: Scripts.', {}, WAIT)).toBeTruthy();
    expect(await screen.findByText('You run playbook v1, accepted on 2026-12-01.', {}, WAIT)).toBeTruthy();
    expect((await rep.scripts.get(leadScript.id))?.name).toBe('Team opening');
    expect((await rep.objections.get(leadObjection.id))?.title).toBe(leadObjection.title);
    expect((await loadTeamSettings(rep)).playbook).toEqual({ version: 1, acceptedAt: NOW });
  });

  it('a hostile pack is refused by name and nothing changes', { timeout: 60_000 }, async () => {
    const rep = await seeded('ana');
    show(rep);
    await screen.findByText('No playbook accepted yet.', {}, WAIT);
    const input = screen.getByLabelText('Import playbook');
    fireEvent.change(input, { target: { files: [fileOf('pack.csv', 'name,team\nAna,North\n')] } });
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toMatch(/^Not imported, nothing changed: /);
    fireEvent.change(input, { target: { files: [fileOf('pack.json', '{"__proto__":{"x":1},"format":"callside.playbook","version":1}')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/__proto__/), WAIT);
    expect(screen.queryByRole('button', { name: 'Apply accepted areas' })).toBeNull();
    expect((await loadTeamSettings(rep)).playbook).toBeNull();
  });

  it('speaks Chinese', { timeout: 60_000 }, async () => {
    const rep = await seeded('ana');
    show(rep, 'zh-CN');
    expect(await screen.findByRole('button', { name: '导出作战手册' })).toBeTruthy();
    expect(screen.getByLabelText('导入作战手册')).toBeTruthy();
  });
});
