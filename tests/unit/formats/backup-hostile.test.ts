import { describe, expect, it } from 'vitest';
import { recountRollups } from '../../../lib/calls/rollups';
import { createBackup, readBackup, restoreBackup } from '../../../lib/formats/backup';
import { describeBackupRejection, describeRollupCheck } from '../../../lib/formats/backup-messages';
import { createTranslator } from '../../../lib/i18n';
import { HOSTILE_BACKUPS, livedInDatabase, tableHashes } from './backup-corpus';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');

describe('hostile backups', () => {
  it('a backup of a lived-in database passes every record check and restores as it was', async () => {
    const db = await livedInDatabase();
    const before = await tableHashes(db);
    const read = readBackup(JSON.stringify(await createBackup(db, 0, 'test')));
    if (!read.ok) throw new Error(describeBackupRejection(read.rejection, en));
    expect(read.rollups.differingDays).toEqual([]);
    expect(read.counts.scripts).toBeGreaterThan(0);
    expect(read.counts.objections).toBeGreaterThan(0);
    await restoreBackup(read.backup, db);
    expect(await tableHashes(db)).toEqual(before);
  });

  // The path the Backup view takes: read, and restore only what was read whole.
  it.each(HOSTILE_BACKUPS)('$name', async (hostile) => {
    const db = await livedInDatabase();
    const backup = await createBackup(db, 0, 'test');
    const before = await tableHashes(db);
    const text = hostile.make(backup);
    const read = readBackup(text, hostile.byteLength ?? text.length);
    if ('rejected' in hostile.expect) {
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.rejection.reason).toBe(hostile.expect.rejected);
      const message = describeBackupRejection(read.rejection, en);
      for (const words of hostile.expect.mentions) expect(message).toContain(words);
      // Translated too, never a raw key.
      expect(describeBackupRejection(read.rejection, zh)).not.toMatch(/backup\.(reason|problem|table)\./);
      if (process.env.CALLSIDE_PRINT_CORPUS) console.log(`${hostile.name} -> ${en('backup.rejected', { reason: message })}`);
      expect(await tableHashes(db)).toEqual(before);
      return;
    }
    // Recounted: the restore goes ahead with daily totals from the calls, and says how many days differed.
    if (!read.ok) throw new Error(describeBackupRejection(read.rejection, en));
    expect(read.rollups.differingDays.length).toBeGreaterThan(0);
    const note = describeRollupCheck(read.rollups, en);
    expect(note).toContain(`days affected: ${read.rollups.differingDays.length}`);
    if (process.env.CALLSIDE_PRINT_CORPUS) console.log(`${hostile.name} -> restored; ${note}`);
    await restoreBackup(read.backup, db);
    const after = await tableHashes(db);
    // The rollups are the ones the database had (it was consistent); nothing else moved either.
    expect(after).toEqual(before);
    expect(await db.rollups.toArray()).toEqual([...recountRollups(await db.calls.toArray()).values()]);
  });
});
