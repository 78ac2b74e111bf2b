import { describe, expect, it } from 'vitest';
import type { CallsideDatabase } from '../../../lib/db/database';
import { writeFile } from '../../../lib/formats/envelope';
import { acceptPlaybook } from '../../../lib/playbook/accept-playbook';
import { exportPlaybook } from '../../../lib/playbook/build-playbook';
import { diffPlaybook } from '../../../lib/playbook/playbook-diff';
import { DEFAULT_RHYTHM, type Playbook, playbookFileFormat } from '../../../lib/playbook/playbook-schema';
import { loadRhythm, readPlaybookState } from '../../../lib/playbook/playbook-state';
import { readPlaybookFile } from '../../../lib/playbook/read-playbook';
import { loadProfile } from '../../../lib/settings/settings';
import { loadTeamSettings } from '../../../lib/team/team-settings';
import { onboardedRepDatabase } from '../../helpers/rep-database';

const now = new Date(2026, 11, 1, 18, 0).getTime();
const asFile = (text: string, name = 'pack.json') => ({ name, size: new TextEncoder().encode(text).length, text: async () => text });

const seeded = () => onboardedRepDatabase({ repId: 'rep-1', repName: 'Ana' }, now);

async function leadPack(db: CallsideDatabase): Promise<Playbook> {
  const { pack } = await exportPlaybook(
    {
      locale: 'en',
      effectiveSeconds: 45,
      team: 'North',
      lead: 'Lee',
      changes: 'New opening',
      targets: {
        stretchFactor: 1.2,
        default: [{ period: 'month', periodKey: '2026-12', kpi: 'deals', floor: 20 }],
        perRep: [{ repId: 'rep-1', repName: 'Ana', targets: [{ period: 'month', periodKey: '2026-12', kpi: 'deals', floor: 30 }] }],
      },
      now,
    },
    db,
  );
  return pack;
}

describe('playbook export', () => {
  it('builds a pack from the lead’s own settings, numbered one more per export, with a file name by version and day', async () => {
    const db = await seeded();
    const first = await exportPlaybook(
      {
        locale: 'en',
        effectiveSeconds: 30,
        team: 'T',
        lead: 'L',
        changes: 'First',
        targets: { stretchFactor: 1.2, default: [], perRep: [] },
        now,
      },
      db,
    );
    expect(first.fileName).toBe('callside-playbook_v1_2026-12-01.json');
    expect(first.pack.scripts.length).toBeGreaterThan(0);
    expect(first.pack.outcomes.length).toBeGreaterThan(0);
    expect(first.pack.rhythm).toEqual(DEFAULT_RHYTHM);
    const second = await leadPack(db);
    expect(second.playbookVersion).toBe(2);
    expect(second.changelog.map((entry) => entry.text)).toEqual(['First', 'New opening']);
    const read = await readPlaybookFile(asFile(writeFile(playbookFileFormat, second)));
    expect(read.ok && read.value.playbookVersion).toBe(2);
  });
});

describe('playbook import: hostile packs are refused by name', () => {
  const valid = async () => leadPack(await seeded());
  const refusal = async (text: string, size?: number) => {
    const file = asFile(text);
    const read = await readPlaybookFile(size === undefined ? file : { ...file, size });
    if (read.ok) throw new Error('accepted');
    return read.error;
  };

  it('names each problem', async () => {
    const pack = await valid();
    const json = (change: object) => JSON.stringify({ ...pack, ...change });
    expect((await refusal('x', 50 * 1024 * 1024)).code).toBe('too-large');
    expect((await refusal('name,team,dials\nAna,North,3')).code).toBe('csv');
    expect((await refusal('{"format":')).code).toBe('not-json');
    expect((await refusal(json({ format: 'callside.summary' }))).code).toBe('wrong-format');
    expect((await refusal(json({ version: 9 }))).code).toBe('newer-version');
    expect((await refusal(json({ version: 'one' }))).code).toBe('unknown-version');
    expect((await refusal(`{"__proto__":{"polluted":1},${json({}).slice(1)}`)).code).toBe('unsafe-key');
    const negative = await refusal(json({ effectiveSeconds: -5 }));
    expect(negative).toMatchObject({ code: 'invalid', params: { field: 'effectiveSeconds' } });
    const absurd = await refusal(json({ targets: { ...pack.targets, stretchFactor: 1e9 } }));
    expect(absurd).toMatchObject({ code: 'invalid', params: { field: 'targets.stretchFactor' } });
    const wrongType = await refusal(json({ playbookVersion: '7' }));
    expect(wrongType).toMatchObject({ code: 'invalid', params: { field: 'playbookVersion' } });
  });

  it('refuses a pack whose script fails the script schema (a branch to nowhere), naming the scripts field', async () => {
    const pack = await valid();
    const [script] = pack.scripts;
    if (!script) throw new Error('no script');
    const node = script.document.nodes[0];
    if (!node) throw new Error('no node');
    const broken = {
      ...script,
      document: { ...script.document, nodes: [{ ...node, branches: [{ id: 'b', label: 'x', next: 'missing' }] }] },
    };
    const error = await refusal(JSON.stringify({ ...pack, scripts: [broken] }));
    expect(error.code).toBe('invalid');
    expect(error.params?.field).toMatch(/^scripts\.0\.document/);
  });

  it('refuses extra keys (a pack carries no code or unknown fields)', async () => {
    const pack = await valid();
    const error = await refusal(JSON.stringify({ ...pack, onload: 'alert(1)' }));
    expect(error.code).toBe('invalid');
  });
});

describe('playbook diff and accept', () => {
  it('shows per area what changes, writes only the accepted areas in one go, and records the version for the summary', async () => {
    const lead = await seeded();
    const pack = await leadPack(lead);
    const rep = await seeded();
    // The rep's own edits: a renamed objection and a changed script line.
    const [objection] = await rep.objections.toArray();
    if (!objection) throw new Error('no objection');
    await rep.objections.put({ ...objection, title: 'My own wording' });
    const leadScript = pack.scripts[0];
    if (!leadScript) throw new Error('no script');
    const changedPack: Playbook = {
      ...pack,
      scripts: [{ ...leadScript, document: { ...leadScript.document, name: 'Team opening' } }],
      rhythm: { ...pack.rhythm, morningMeeting: '08:30' },
    };
    const mine = await readPlaybookState('en', 30, rep);
    const diff = diffPlaybook(mine, changedPack, 'rep-1');
    expect(diff.scripts.find((change) => change.key === leadScript.id)).toMatchObject({ status: 'changed', label: 'Team opening' });
    expect(diff.scripts.filter((change) => change.status === 'removed').length).toBe(mine.scripts.length - 1);
    expect(diff.objections).toEqual([expect.objectContaining({ key: objection.id, status: 'changed', label: objection.title })]);
    expect(diff.outcomes).toEqual([expect.objectContaining({ key: 'effectiveSeconds', before: '30 s', after: '45 s' })]);
    expect(diff.targets).toEqual([expect.objectContaining({ status: 'added', after: '30 / 36' })]);
    expect(diff.rhythm).toEqual([expect.objectContaining({ key: 'morningMeeting', before: '08:45', after: '08:30' })]);
    expect(diff.compliance).toEqual([]);

    await acceptPlaybook({ pack: changedPack, areas: new Set(['scripts', 'rhythm']), repId: 'rep-1', browserLanguage: 'en', now }, rep);
    const scripts = await rep.scripts.toArray();
    expect(scripts.map((script) => script.name)).toEqual(['Team opening']);
    expect((await rep.objections.get(objection.id))?.title).toBe('My own wording');
    expect((await loadRhythm(rep)).morningMeeting).toBe('08:30');
    expect((await loadProfile('en', rep)).profile.effectiveSeconds).toBe(30);
    expect(await rep.targets.count()).toBe(0);
    expect((await loadTeamSettings(rep)).playbook).toEqual({ version: 1, acceptedAt: now });
  });

  it('accepting targets sets the rep’s own proposed line with the pack’s stretch factor', async () => {
    const lead = await seeded();
    const pack = await leadPack(lead);
    const rep = await seeded();
    await acceptPlaybook({ pack, areas: new Set(['targets', 'outcomes']), repId: 'rep-1', browserLanguage: 'en', now }, rep);
    expect(await rep.targets.toArray()).toEqual([
      expect.objectContaining({ periodKey: '2026-12', kpi: 'deals', value: 30, stretchFactor: 1.2 }),
    ]);
    expect((await loadProfile('en', rep)).profile.effectiveSeconds).toBe(45);
    const other = await seeded();
    await acceptPlaybook({ pack, areas: new Set(['targets']), repId: 'someone-else', browserLanguage: 'en', now }, other);
    expect((await other.targets.toArray())[0]?.value).toBe(20);
  });
});
