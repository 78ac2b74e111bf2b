import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addToDnc, hashPhone } from '../../../lib/compliance/dnc';
import { importDnc } from '../../../lib/compliance/dnc-file';
import {
  DNC_BATCH,
  type DncImportProgress,
  hashPhoneSync,
  hashPhones,
  mergeDncEntries,
  readPhoneList,
} from '../../../lib/compliance/dnc-import';
import { countDncEntries, dncEntryOf } from '../../../lib/compliance/dnc-store';
import { freshDatabase } from '../../helpers/db';

const dncFile = (hashes: string[]) =>
  JSON.stringify({
    format: 'callside.dnc',
    version: 1,
    exportedAt: 1,
    entries: hashes.map((hash) => ({ hash, addedAt: 1, source: 'manual' })),
  });

describe('do-not-call import counts what changed', () => {
  it('a file holding the same hash twice adds it once, and says so', async () => {
    const db = freshDatabase();
    for (const phone of ['+12524607929', '+12524607930', '+12524607931', '+12524607932']) await addToDnc(phone, 'manual', db);
    const fresh = await hashPhone('+8613800138000');
    const known = await hashPhone('+12524607929');
    const result = await importDnc(dncFile([fresh, fresh, known]), db);
    expect(result).toEqual({ ok: true, value: { added: 1, total: 5, skipped: 0 } });
    expect(await countDncEntries(db)).toBe(5);
  });

  it('a plain list with one number written three ways adds one number', async () => {
    const db = freshDatabase();
    const result = await importDnc('138 0013 8000\n+86 138-0013-8000\nname,13800138000\nnot a number', db, 'CN');
    expect(result).toEqual({ ok: true, value: { added: 1, total: 1, skipped: 1 } });
  });

  it('importing the same list again adds nothing', async () => {
    const db = freshDatabase();
    const list = Array.from({ length: 12 }, (_, index) => `+1252460${String(7900 + index)}`).join('\n');
    await importDnc(list, db, 'US');
    expect(await importDnc(list, db, 'US')).toEqual({ ok: true, value: { added: 0, total: 12, skipped: 0 } });
  });

  it('hashes in batches exactly as WebCrypto does', async () => {
    for (const phone of ['+8613800138000', '+12524607929']) expect(hashPhoneSync(phone)).toBe(await hashPhone(phone));
  });
});

describe('a 200,000-number import', () => {
  it('works in batches, reports progress after each and gives the page the thread back between them', { timeout: 120_000 }, async () => {
    const phones = Array.from({ length: 200_000 }, (_, index) => `+86138${String(index).padStart(8, '0')}`);
    const progress: DncImportProgress[] = [];
    let finished = false;
    const hashing = hashPhones(phones, (step) => progress.push(step)).then((hashes) => {
      finished = true;
      return hashes;
    });
    // Each batch (and any long slice of one) waits for a message task: once the pending microtasks have run, at most the first batch has.
    await Promise.resolve();
    expect(progress.length).toBeLessThanOrEqual(1);
    expect(finished).toBe(false);
    const hashes = await hashing;
    expect(progress).toHaveLength(200_000 / DNC_BATCH);
    expect(progress.map((step) => step.done)).toEqual(Array.from({ length: 40 }, (_, index) => (index + 1) * DNC_BATCH));
    expect(new Set(hashes).size).toBe(200_000);
    expect(hashes[123_456]).toBe(hashPhoneSync(phones[123_456]!));
  });

  it('reads, hashes and writes a plain list batch by batch, each step reported, counting across batches', async () => {
    const db = freshDatabase();
    await addToDnc('+8613800000003', 'manual', db);
    // 25 lines, one a repeat and one not a number, in batches of 10.
    const lines = [...Array.from({ length: 23 }, (_, index) => `+86138${String(index).padStart(8, '0')}`), '+86 138 0000 0001', 'call me'];
    const progress: DncImportProgress[] = [];
    const onProgress = (step: DncImportProgress) => progress.push(step);
    const { phones, skipped } = await readPhoneList(lines.join('\n'), 'CN', onProgress, 10);
    expect([phones.length, skipped]).toEqual([23, 1]);
    const hashes = await hashPhones(phones, onProgress, 10);
    const added = await mergeDncEntries(
      hashes.map((hash) => ({ hash, addedAt: 1 })),
      db,
      onProgress,
      10,
    );
    expect(added).toBe(22);
    expect(await countDncEntries(db)).toBe(23);
    expect(progress.map(({ phase, done, total }) => `${phase} ${done}/${total}`)).toEqual([
      'reading 10/25',
      'reading 20/25',
      'reading 25/25',
      'hashing 10/23',
      'hashing 20/23',
      'hashing 23/23',
      'writing 10/23',
      'writing 20/23',
      'writing 23/23',
    ]);
  });

  it('importDnc passes its progress through', async () => {
    const db = freshDatabase();
    const progress: string[] = [];
    const result = await importDnc('+8613800138000\n+8613800138001', db, 'CN', 1, undefined, (step) => progress.push(step.phase));
    expect(result).toEqual({ ok: true, value: { added: 2, total: 2, skipped: 0 } });
    expect(progress).toEqual(['reading', 'hashing', 'writing']);
  });

  it('an entry already on the list keeps its own date and source, and is not counted', async () => {
    const db = freshDatabase();
    await addToDnc('+8613800138000', 'manual', db, 42);
    const known = await hashPhone('+8613800138000');
    const fresh = await hashPhone('+8613800138001');
    const added = await mergeDncEntries(
      [known, fresh, fresh].map((hash) => ({ hash, addedAt: 1_000 })),
      db,
      undefined,
      1,
    );
    expect(added).toBe(1);
    expect(await dncEntryOf(known, db)).toEqual({ hash: known, addedAt: 42, source: 'manual' });
    expect(await dncEntryOf(fresh, db)).toEqual({ hash: fresh, addedAt: 1_000, source: 'import' });
  });

  it('the list count shown on the page follows the import', async () => {
    const db = freshDatabase();
    const counts: number[] = [];
    const subscription = liveQuery(() => countDncEntries(db)).subscribe((count) => counts.push(count));
    try {
      await expect.poll(() => counts.at(-1)).toBe(0);
      const list = Array.from({ length: 30 }, (_, index) => `+86138${String(index).padStart(8, '0')}`).join('\n');
      await importDnc(list, db, 'CN');
      await expect.poll(() => counts.at(-1)).toBe(30);
    } finally {
      subscription.unsubscribe();
    }
  });
});
