import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addCall } from '../../../lib/calls/call-log';
import { patchDraft } from '../../../lib/calls/draft';
import { seedDefaultOutcomes } from '../../../lib/calls/outcomes';
import { addToDnc } from '../../../lib/compliance/dnc';
import type { CallsideDatabase } from '../../../lib/db/database';
import { type Backup, checkBackupSize, createBackup, readBackup, restoreBackup } from '../../../lib/formats/backup';
import { backupFormatDoc } from '../../../lib/formats/backup-doc';
import { formatMarkdown } from '../../../lib/formats/format-doc';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from './call-factory';

async function seeded(): Promise<CallsideDatabase> {
  const db = freshDatabase();
  await seedDefaultOutcomes(db);
  await addCall(makeCall({ customerName: '王芳', phoneE164: '+8613800138000', notes: 'x' }), db);
  await addCall(makeCall({ outcomeId: 'deal', amount: 99.5, followUpAt: Date.now() + 1e7, followUpDone: 0 }), db);
  await addToDnc('+12524607929', 'manual', db);
  await patchDraft('current-call', { notes: 'half typed', startedAt: 1 }, db, 5);
  await db.settings.put({ key: 'profile', value: { repName: 'Li' } });
  return db;
}

async function snapshot(db: CallsideDatabase) {
  return (await createBackup(db, 0, 'test')).tables;
}

describe('callside.backup v1', () => {
  it('backs up, clears and restores to identical data', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const text = JSON.stringify(await createBackup(db, Date.now(), '0.1.0'));
    await Promise.all(db.tables.map((table) => table.clear()));
    expect(await db.calls.count()).toBe(0);
    const read = readBackup(text);
    if (!read.ok) throw new Error(JSON.stringify(read.rejection));
    expect(read.counts).toMatchObject({ calls: 2, outcomes: 8, dnc: 1, drafts: 1, settings: 1 });
    await restoreBackup(read.backup, db);
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps fields it does not know', async () => {
    const db = await seeded();
    const backup = await createBackup(db, 0, 'x');
    (backup.tables.calls[0] as Record<string, unknown>).futureField = 'kept';
    const read = readBackup(JSON.stringify(backup));
    expect(read.ok && (read.backup.tables.calls[0] as Record<string, unknown>).futureField).toBe('kept');
  });

  const rejectionOf = (text: string) => {
    const read = readBackup(text);
    return read.ok ? undefined : read.rejection;
  };

  it('rejects truncated, foreign, newer, invalid and short files by reason, changing nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const backup = await createBackup(db, 0, 'x');
    const text = JSON.stringify(backup);
    expect(rejectionOf(text.slice(0, Math.floor(text.length * 0.6)))?.reason).toBe('truncated');
    expect(rejectionOf(JSON.stringify({ format: 'callside.summary', version: 1 }))).toEqual({
      reason: 'foreign',
      format: 'callside.summary',
    });
    expect(rejectionOf('[1,2]')?.reason).toBe('foreign');
    expect(rejectionOf(JSON.stringify({ ...backup, version: 2 }))).toEqual({ reason: 'newer', version: 2 });
    const badRow: Backup = structuredClone(backup);
    (badRow.tables.calls[0] as Record<string, unknown>).flags = { dialed: true };
    expect(rejectionOf(JSON.stringify(badRow))?.reason).toBe('record');
    const short: Backup = structuredClone(backup);
    short.tables.calls.pop();
    expect(rejectionOf(JSON.stringify(short))).toEqual({ reason: 'counts', table: 'calls', expected: 2, actual: 1 });
    expect(readBackup('{}', 2 * 1024 * 1024 * 1024).ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('restores all or nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const backup = await createBackup(db, 0, 'x');
    // Two rows with the same key (readBackup refuses them; restore on its own must still roll back) fail the write half way.
    backup.tables.dnc.push({ ...backup.tables.dnc[0]! });
    backup.counts.dnc = 2;
    await expect(restoreBackup(backup, db)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('rejects a duplicate primary key in any table before offering restore, naming table and key', async () => {
    const db = await seeded();
    const backup = await createBackup(db, 0, 'x');
    const dnc: Backup = structuredClone(backup);
    dnc.tables.dnc.push({ ...dnc.tables.dnc[0]! });
    dnc.counts.dnc = 2;
    expect(rejectionOf(JSON.stringify(dnc))).toEqual({ reason: 'duplicate', table: 'dnc', key: backup.tables.dnc[0]!.hash });
    const settings: Backup = structuredClone(backup);
    settings.tables.settings.push({ key: 'profile', value: {} });
    settings.counts.settings = (settings.counts.settings ?? 0) + 1;
    expect(rejectionOf(JSON.stringify(settings))).toEqual({ reason: 'duplicate', table: 'settings', key: 'profile' });
    const calls: Backup = structuredClone(backup);
    calls.tables.calls.push({ ...calls.tables.calls[1]!, notes: 'same id' });
    calls.counts.calls = (calls.counts.calls ?? 0) + 1;
    expect(rejectionOf(JSON.stringify(calls))).toEqual({ reason: 'duplicate', table: 'calls', key: backup.tables.calls[1]!.id });
  });

  it('refuses a file over 400 MB by its size, and notes longer than the notes box', async () => {
    expect(checkBackupSize(400 * 1024 * 1024)).toBeUndefined();
    expect(checkBackupSize(400 * 1024 * 1024 + 1)).toEqual({ reason: 'too-large', sizeMb: 401, limitMb: 400 });
    expect(readBackup('{}', 450 * 1024 * 1024)).toEqual({ ok: false, rejection: { reason: 'too-large', sizeMb: 450, limitMb: 400 } });
    const db = await seeded();
    const backup = await createBackup(db, 0, 'x');
    backup.tables.calls[0]!.notes = 'n'.repeat(4000);
    expect(readBackup(JSON.stringify(backup)).ok).toBe(true);
    backup.tables.calls[0]!.notes = 'n'.repeat(4001);
    expect(rejectionOf(JSON.stringify(backup))?.reason).toBe('record');
  });

  it('documents the format in docs/formats/backup.md, generated from the schema', () => {
    const generated = formatMarkdown(backupFormatDoc);
    if (process.env.UPDATE_DOCS === '1') writeFileSync('docs/formats/backup.md', generated);
    expect(readFileSync('docs/formats/backup.md', 'utf8')).toBe(generated);
  });
});
