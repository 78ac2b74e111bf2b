// The do-not-call list in the database (v5): buckets of hashes by prefix
// (lib/compliance/dnc-buckets.ts) and the list's total, always written
// together in one transaction, so the count is exact and never reads the list.
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { DncBucket, DncEntry } from '../db/records';
import { bucketHas, bucketPrefixOf, bucketsOf, entriesOfBucket, groupByPrefix, mergeIntoBucket } from './dnc-buckets';

/** Buckets read, merged and written per step of a long merge (progress is reported after each). */
const BUCKETS_PER_STEP = 256;

/** Is this hash on the list? One small row read, whatever the list's size. */
export async function isHashOnDnc(hash: string, db: CallsideDatabase = getDatabase()): Promise<boolean> {
  return bucketHas(await db.dncBuckets.get(bucketPrefixOf(hash)), hash);
}

/** The stored entry of a hash (its date and source), if it is on the list. */
export async function dncEntryOf(hash: string, db: CallsideDatabase = getDatabase()): Promise<DncEntry | undefined> {
  const bucket = await db.dncBuckets.get(bucketPrefixOf(hash));
  return bucket && entriesOfBucket(bucket).find((entry) => entry.hash === hash);
}

/**
 * Adds the entries not on the list yet and returns exactly how many it added
 * (a hash given twice, or already stored, is not new; a stored entry keeps its
 * own date and source). One transaction: called inside another (the call's
 * save), it joins it, so both commit or neither does. `onProgress` is told how
 * many entries are merged after each step.
 */
export function addDncEntries(
  entries: readonly DncEntry[],
  db: CallsideDatabase = getDatabase(),
  onProgress?: (done: number, total: number) => void,
  bucketsPerStep = BUCKETS_PER_STEP,
): Promise<number> {
  const groups = [...groupByPrefix(entries)];
  if (groups.length === 0) return Promise.resolve(0);
  return db.transaction('rw', db.dncBuckets, db.dncTotals, async () => {
    // Every bucket read at once; then merged a step at a time, each step's write
    // sent while the next is merged, so the thread is handed back between steps.
    const stored = await readBuckets(
      db,
      groups.map(([prefix]) => prefix),
    );
    let added = 0;
    let done = 0;
    let writing: Promise<unknown> = Promise.resolve();
    for (let from = 0; from < groups.length; from += bucketsPerStep) {
      const changed: DncBucket[] = [];
      for (let index = from; index < Math.min(groups.length, from + bucketsPerStep); index++) {
        const [prefix, group] = groups[index]!;
        const merged = mergeIntoBucket(prefix, stored[index], group);
        if (merged.added > 0) changed.push(merged.bucket);
        added += merged.added;
        done += group.length;
      }
      await writing;
      const doneNow = done;
      writing = db.dncBuckets.bulkPut(changed).then(() => onProgress?.(doneNow, entries.length));
    }
    await writing;
    if (added > 0) {
      const total = await db.dncTotals.get('all');
      await db.dncTotals.put({ id: 'all', count: (total?.count ?? 0) + added });
    }
    return added;
  });
}

/** Above this many buckets one read of them all beats a read per bucket (Dexie's bulkGet is a request each). */
const READ_ALL_ABOVE = 1024;

/** The stored buckets of these prefixes, in the same order (undefined: none yet). Inside the caller's transaction. */
async function readBuckets(db: CallsideDatabase, prefixes: readonly string[]): Promise<(DncBucket | undefined)[]> {
  if (prefixes.length <= READ_ALL_ABOVE) return db.dncBuckets.bulkGet([...prefixes]);
  const byPrefix = new Map((await db.dncBuckets.toArray()).map((bucket) => [bucket.prefix, bucket]));
  return prefixes.map((prefix) => byPrefix.get(prefix));
}

/** How many numbers the list holds (one row read). */
export async function countDncEntries(db: CallsideDatabase = getDatabase()): Promise<number> {
  return (await db.dncTotals.get('all'))?.count ?? 0;
}

/** Every entry, oldest first (the file export and the backup keep a flat list). */
export async function listDncEntries(db: CallsideDatabase = getDatabase()): Promise<DncEntry[]> {
  const buckets = await db.dncBuckets.toArray();
  return buckets.flatMap(entriesOfBucket).sort((a, b) => a.addedAt - b.addedAt);
}

/**
 * Replaces the whole list (a backup's restore) with exactly these entries. A
 * hash given twice is refused like a second row with one primary key, so the
 * restore's transaction rolls back instead of quietly holding fewer numbers.
 */
export function replaceDncEntries(entries: readonly DncEntry[], db: CallsideDatabase = getDatabase()): Promise<void> {
  const { buckets, count } = bucketsOf(entries);
  return db.transaction('rw', db.dncBuckets, db.dncTotals, async () => {
    if (count !== entries.length) throw new DOMException('A do-not-call hash is listed twice', 'ConstraintError');
    await clearDncEntries(db);
    await db.dncBuckets.bulkAdd(buckets);
    // Like every write here: the total row exists exactly when the list is not empty.
    if (count > 0) await db.dncTotals.put({ id: 'all', count });
  });
}

export function clearDncEntries(db: CallsideDatabase = getDatabase()): Promise<void> {
  return db.transaction('rw', db.dncBuckets, db.dncTotals, async () => {
    await db.dncBuckets.clear();
    await db.dncTotals.clear();
  });
}
