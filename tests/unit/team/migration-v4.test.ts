import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CallsideDatabase, SCHEMA_V3 } from '../../../lib/db/database';
import { importSummaryFiles } from '../../../lib/team/team-import';
import { makeCall } from '../calls/call-factory';
import { makeSummary, summaryFile } from './summary-fixtures';

describe('database version 4 (team view)', () => {
  it('upgrades a version 3 database with calls, targets and imported summaries, keeping every row, and adds teamReps', async () => {
    const name = `callside-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const call = makeCall();
    const target = { id: 't-1', period: 'month', periodKey: '2026-11', kpi: 'deals', value: 40, stretchFactor: 1.2, updatedAt: 1 };
    const imported = {
      id: 'rep-1|2026-11-01|2026-11-30',
      repId: 'rep-1',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      importedAt: 1,
      exportedAt: 1,
      summary: {},
    };
    await v3.table('calls').add(call);
    await v3.table('targets').add(target);
    await v3.table('imports').add(imported);
    v3.close();

    const db = new CallsideDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.calls.toArray()).toEqual([call]);
    expect(await db.targets.toArray()).toEqual([target]);
    expect(await db.imports.toArray()).toEqual([imported]);
    expect(await db.teamReps.count()).toBe(0);
    // The new table works on the upgraded database.
    const results = await importSummaryFiles([summaryFile('a.json', await makeSummary({ repId: 'rep-2' }))], {
      db,
      pause: async () => undefined,
    });
    expect(results[0]?.status).toBe('imported');
    expect((await db.teamReps.get('rep-2'))?.name).toBe('Ada');
    db.close();
    await Dexie.delete(name);
  });
});
