// Tables added after the first database version travel in the backup too:
// a lead's merged team days and a rep's target history survive a new machine,
// and a backup written before those tables existed still restores.
import { describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from '../../../lib/formats/backup';
import { freshDatabase } from '../../helpers/db';

const teamRep = {
  repId: 'rep-1',
  name: 'Ada Park',
  team: 'North',
  startDate: '2026-01-05',
  appVersion: '0.1.0',
  playbook: { version: 2, acceptedAt: 1_700_000_000_000 },
  asOf: 1_700_000_000_000,
  asOfHash: 'a'.repeat(64),
  sources: [{ at: 1_700_000_000_000, hash: 'a'.repeat(64) }],
  daySource: { '2026-11-02': 0, '2026-11-03': 0 },
  dayCounts: { '2026-11-02': null, '2026-11-03': null },
};
const change = {
  id: 'change-1',
  targetId: 'target-1',
  periodKey: '2026-11',
  kpi: 'deals' as const,
  at: 1_700_000_000_000,
  old: null,
  new: { value: 20, stretchFactor: 1.2 },
  reason: 'month-start planning',
};

describe('backup of the tables added in later database versions', () => {
  it('restores target history and the team view exactly', async () => {
    const db = freshDatabase();
    await db.teamReps.put(teamRep);
    await db.targetHistory.put(change);
    const text = JSON.stringify(await createBackup(db, 0, 'test'));
    await db.teamReps.clear();
    await db.targetHistory.clear();
    const read = readBackup(text);
    if (!read.ok) throw new Error(JSON.stringify(read.rejection));
    await restoreBackup(read.backup, db);
    expect(await db.teamReps.toArray()).toEqual([teamRep]);
    expect(await db.targetHistory.toArray()).toEqual([change]);
  });

  it('restores a backup from database version 2, which had neither table, with both empty', async () => {
    const db = freshDatabase();
    const backup = await createBackup(db, 0, 'test');
    const older = JSON.parse(JSON.stringify({ ...backup, databaseVersion: 2 }));
    delete older.tables.teamReps;
    delete older.tables.targetHistory;
    delete older.counts.teamReps;
    delete older.counts.targetHistory;
    const read = readBackup(JSON.stringify(older));
    if (!read.ok) throw new Error(JSON.stringify(read.rejection));
    expect(read.backup.tables.teamReps).toEqual([]);
    expect(read.backup.tables.targetHistory).toEqual([]);
  });

  it('refuses a version 4 backup that lacks the team table, naming it', async () => {
    const db = freshDatabase();
    const backup = JSON.parse(JSON.stringify(await createBackup(db, 0, 'test')));
    delete backup.tables.teamReps;
    const read = readBackup(JSON.stringify(backup));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.rejection).toEqual({ reason: 'missing-table', table: 'teamReps' });
  });

  it('refuses a team row whose merged day points at no export', async () => {
    const db = freshDatabase();
    const backup = JSON.parse(JSON.stringify(await createBackup(db, 0, 'test')));
    backup.tables.teamReps = [{ ...teamRep, daySource: { '2026-11-02': -1 } }];
    backup.counts.teamReps = 1;
    const read = readBackup(JSON.stringify(backup));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.rejection).toMatchObject({ reason: 'record', table: 'teamReps', key: 'rep-1', problem: 'too-small' });
  });
});
