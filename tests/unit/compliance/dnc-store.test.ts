import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPhone, isOnDnc } from '../../../lib/compliance/dnc';
import { bucketPrefixOf, bucketsOf, entriesOfBucket, mergeIntoBucket, searchBucket } from '../../../lib/compliance/dnc-buckets';
import { exportDnc, importDnc } from '../../../lib/compliance/dnc-file';
import { hashPhoneSync } from '../../../lib/compliance/dnc-import';
import { addDncEntries, countDncEntries, dncEntryOf, listDncEntries, replaceDncEntries } from '../../../lib/compliance/dnc-store';
import { CallsideDatabase, SCHEMA_V3, SCHEMA_V4_ADDED } from '../../../lib/db/database';
import type { DncEntry } from '../../../lib/db/records';
import { freshDatabase } from '../../helpers/db';

const entry = (phone: string, addedAt = 1, source: DncEntry['source'] = 'import'): DncEntry => ({
  hash: hashPhoneSync(phone),
  addedAt,
  source,
});
const phones = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `+86138${String(from + index).padStart(8, '0')}`);
const hexHash = fc.stringMatching(/^[0-9a-f]{64}$/);

describe('do-not-call buckets', () => {
  it('keep each bucket sorted and find every hash in it, and none that is not', () => {
    fc.assert(
      fc.property(fc.uniqueArray(hexHash, { maxLength: 60 }), hexHash, (hashes, probe) => {
        const { bucket } = mergeIntoBucket(
          'x',
          undefined,
          hashes.map((hash) => ({ hash, addedAt: 1, source: 'import' })),
        );
        const stored = entriesOfBucket(bucket).map((found) => found.hash);
        expect(stored).toEqual([...hashes].sort());
        for (const hash of hashes) expect(searchBucket(bucket, hash)).toBeGreaterThanOrEqual(0);
        if (!hashes.includes(probe)) expect(searchBucket(bucket, probe)).toBeLessThan(0);
      }),
    );
  });

  it('count a merge exactly: a hash twice in the batch or already stored is not new, and the stored one keeps its date and source', () => {
    const known = entry('+8613800000001', 42, 'manual');
    const { bucket } = mergeIntoBucket('p', undefined, [known]);
    const fresh = { ...entry('+8613800000002', 7), hash: `${known.hash.slice(0, 3)}${'0'.repeat(61)}` };
    const merged = mergeIntoBucket('p', bucket, [fresh, { ...known, addedAt: 99, source: 'import' }, fresh]);
    expect(merged.added).toBe(1);
    expect(entriesOfBucket(merged.bucket)).toEqual([fresh, known].sort((a, b) => (a.hash < b.hash ? -1 : 1)));
  });

  it('group a list into far fewer rows than numbers, each hash under its own prefix', () => {
    const entries = phones(20_000).map((phone) => entry(phone));
    const { buckets, count } = bucketsOf(entries);
    expect(count).toBe(20_000);
    expect(buckets.length).toBeLessThanOrEqual(4096);
    for (const bucket of buckets) for (const found of entriesOfBucket(bucket)) expect(bucketPrefixOf(found.hash)).toBe(bucket.prefix);
  });
});

describe('do-not-call list in the database (v5)', () => {
  it('checks one number on dial by its bucket, and counts the list from its total row', async () => {
    const db = freshDatabase();
    expect(
      await addDncEntries(
        phones(500).map((phone) => entry(phone)),
        db,
      ),
    ).toBe(500);
    expect(await isOnDnc('+8613800000123', db)).toBe(true);
    expect(await isOnDnc('+8613800000999', db)).toBe(false);
    expect(await countDncEntries(db)).toBe(500);
    expect(await db.dncBuckets.count()).toBeLessThan(500);
  });

  it('counts an import of overlapping lists exactly, with the total row in step with the buckets', async () => {
    const db = freshDatabase();
    const first = await importDnc(phones(3000).join('\n'), db, 'CN', 1);
    // 1,000 already stored, 2,000 new, 500 of them written twice.
    const second = await importDnc([...phones(3000, 2000), ...phones(500, 4000)].join('\n'), db, 'CN', 2);
    expect(first).toEqual({ ok: true, value: { added: 3000, total: 3000, skipped: 0 } });
    expect(second).toEqual({ ok: true, value: { added: 2000, total: 5000, skipped: 0 } });
    const listed = await listDncEntries(db);
    expect(listed).toHaveLength(5000);
    expect(new Set(listed.map((found) => found.hash)).size).toBe(5000);
    expect((await dncEntryOf(await hashPhone('+8613800002500'), db))?.addedAt).toBe(1);
    expect((await dncEntryOf(await hashPhone('+8613800004500'), db))?.addedAt).toBe(2);
  });

  it('exports oldest first, and a restore of a list holding a hash twice writes nothing', async () => {
    const db = freshDatabase();
    await addDncEntries([entry('+8613800000002', 20, 'manual'), entry('+8613800000001', 10, 'outcome')], db);
    const file = await exportDnc(db, 30);
    expect(file.entries.map((found) => found.addedAt)).toEqual([10, 20]);
    const twice = [...file.entries, file.entries[0]!];
    await expect(replaceDncEntries(twice, db)).rejects.toThrow();
    expect(await listDncEntries(db)).toEqual(file.entries);
    expect(await countDncEntries(db)).toBe(2);
  });

  it('upgrades a version 4 database: every do-not-call row moves into its bucket with its date and source, and the count is right', async () => {
    const name = `callside-v5-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({ ...SCHEMA_V3, ...SCHEMA_V4_ADDED });
    await v4.open();
    const rows = [...phones(300).map((phone, index) => entry(phone, index, 'import')), entry('+12524607929', 5000, 'manual')];
    await v4.table('dnc').bulkAdd(rows);
    await v4.table('settings').add({ key: 'kept', value: 1 });
    v4.close();

    const db = new CallsideDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(db.tables.map((table) => table.name)).not.toContain('dnc');
    expect(await countDncEntries(db)).toBe(301);
    const byHash = (list: DncEntry[]) => [...list].sort((a, b) => (a.hash < b.hash ? -1 : 1));
    expect(byHash(await listDncEntries(db))).toEqual(byHash(rows));
    expect(await isOnDnc('+12524607929', db)).toBe(true);
    expect(await dncEntryOf(hashPhoneSync('+12524607929'), db)).toEqual({
      hash: hashPhoneSync('+12524607929'),
      addedAt: 5000,
      source: 'manual',
    });
    expect(await db.settings.get('kept')).toEqual({ key: 'kept', value: 1 });
    db.close();
    await Dexie.delete(name);
  });

  it('upgrades a version 4 database with an empty list to an empty list with a zero count', async () => {
    const name = `callside-v5-empty-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({ ...SCHEMA_V3, ...SCHEMA_V4_ADDED });
    await v4.open();
    v4.close();
    const db = new CallsideDatabase(name);
    expect(await countDncEntries(db)).toBe(0);
    expect(await db.dncBuckets.count()).toBe(0);
    // No total row for an empty list, the same as a database that never had one (a backup's restore compares them).
    expect(await db.dncTotals.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
