// The do-not-call list's buckets (database v5), as pure functions: which
// bucket a hash belongs to, finding a hash in one, and merging new hashes in.
// A bucket keeps its hashes sorted and packed into one string, so a lookup is
// a binary search over one small row and a merge is a single walk.
import { DNC_HASH_LENGTH, type DncBucket, type DncEntry } from '../db/records';

/**
 * Hex digits of the bucket key: 4,096 buckets. A 200,000-number list is ~49
 * hashes (~3 KB) a bucket and a million ~244 (~16 KB), so a dial check reads
 * one small row while an import writes at most 4,096.
 */
export const DNC_PREFIX_LENGTH = 3;

export const bucketPrefixOf = (hash: string): string => hash.slice(0, DNC_PREFIX_LENGTH);

const SOURCE_LETTER = { outcome: 'o', manual: 'm', import: 'i' } as const satisfies Record<DncEntry['source'], string>;
const SOURCE_OF_LETTER: Record<string, DncEntry['source']> = { o: 'outcome', m: 'manual', i: 'import' };

export const bucketSize = (bucket: DncBucket): number => bucket.hashes.length / DNC_HASH_LENGTH;
const hashAt = (bucket: DncBucket, index: number): string => bucket.hashes.slice(index * DNC_HASH_LENGTH, (index + 1) * DNC_HASH_LENGTH);

/** Where `hash` is in the bucket, or -(insertion point) - 1 when it is not there. */
export function searchBucket(bucket: DncBucket, hash: string): number {
  let low = 0;
  let high = bucketSize(bucket) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = hashAt(bucket, middle);
    if (found === hash) return middle;
    if (found < hash) low = middle + 1;
    else high = middle - 1;
  }
  return -low - 1;
}

export const bucketHas = (bucket: DncBucket | undefined, hash: string): boolean => bucket !== undefined && searchBucket(bucket, hash) >= 0;

/**
 * Merges entries of one bucket's prefix into it (or into a new bucket). An
 * entry whose hash is already there keeps the stored one (its own date and
 * source), and a hash given twice counts once: `added` is exactly how many
 * hashes the bucket gained.
 */
export function mergeIntoBucket(
  prefix: string,
  stored: DncBucket | undefined,
  entries: readonly DncEntry[],
): { bucket: DncBucket; added: number } {
  const incoming = [...entries].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const size = stored ? bucketSize(stored) : 0;
  const hashes: string[] = [];
  const addedAt: number[] = [];
  let sources = '';
  let added = 0;
  let storedIndex = 0;
  let storedHash = size > 0 && stored ? hashAt(stored, 0) : undefined;
  const takeStored = () => {
    hashes.push(storedHash as string);
    addedAt.push((stored as DncBucket).addedAt[storedIndex] ?? 0);
    sources += (stored as DncBucket).sources[storedIndex] ?? 'i';
    storedIndex++;
    storedHash = storedIndex < size && stored ? hashAt(stored, storedIndex) : undefined;
  };
  for (const entry of incoming) {
    while (storedHash !== undefined && storedHash < entry.hash) takeStored();
    // Already stored, or the same hash a second time in this batch.
    if (storedHash === entry.hash || hashes[hashes.length - 1] === entry.hash) continue;
    hashes.push(entry.hash);
    addedAt.push(entry.addedAt);
    sources += SOURCE_LETTER[entry.source];
    added++;
  }
  while (storedHash !== undefined) takeStored();
  return { bucket: { prefix, hashes: hashes.join(''), addedAt, sources }, added };
}

/** Hex digit values by character code (-1: not a lowercase hex digit). */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (const [index, digit] of [...'0123456789abcdef'].entries()) HEX_VALUE[digit.charCodeAt(0)] = index;

/** The bucket prefix as a number (0-4095), or -1 when the hash does not start with hex digits. */
function prefixNumberOf(hash: string): number {
  let value = 0;
  for (let index = 0; index < DNC_PREFIX_LENGTH; index++) {
    const digit = HEX_VALUE[hash.charCodeAt(index)] ?? -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * Entries grouped by bucket prefix, prefixes in order (the order within a
 * group is kept). Grouped by the prefix's number, not a sliced string: a
 * 200,000-entry list grouped through string keys took half a second.
 */
export function groupByPrefix(entries: readonly DncEntry[]): Map<string, DncEntry[]> {
  const byNumber: (DncEntry[] | undefined)[] = new Array(16 ** DNC_PREFIX_LENGTH);
  const odd = new Map<string, DncEntry[]>();
  for (const entry of entries) {
    const number = prefixNumberOf(entry.hash);
    if (number >= 0) {
      const group = byNumber[number];
      if (group) group.push(entry);
      else byNumber[number] = [entry];
      continue;
    }
    // Not hex (never from this app's own hashes): grouped by its sliced prefix.
    const prefix = bucketPrefixOf(entry.hash);
    const group = odd.get(prefix);
    if (group) group.push(entry);
    else odd.set(prefix, [entry]);
  }
  const groups = new Map<string, DncEntry[]>();
  byNumber.forEach((group, number) => {
    if (group) groups.set(number.toString(16).padStart(DNC_PREFIX_LENGTH, '0'), group);
  });
  for (const [prefix, group] of odd) groups.set(prefix, group);
  return groups;
}

/** Every entry of a bucket, in hash order. */
export function entriesOfBucket(bucket: DncBucket): DncEntry[] {
  const entries: DncEntry[] = [];
  for (let index = 0; index < bucketSize(bucket); index++)
    entries.push({
      hash: hashAt(bucket, index),
      addedAt: bucket.addedAt[index] ?? 0,
      source: SOURCE_OF_LETTER[bucket.sources[index] ?? 'i'] ?? 'import',
    });
  return entries;
}

/** Buckets holding exactly these entries (a hash given twice is kept once, the first time), and how many hashes they hold. */
export function bucketsOf(entries: readonly DncEntry[]): { buckets: DncBucket[]; count: number } {
  const buckets: DncBucket[] = [];
  let count = 0;
  for (const [prefix, group] of groupByPrefix(entries)) {
    const { bucket, added } = mergeIntoBucket(prefix, undefined, group);
    buckets.push(bucket);
    count += added;
  }
  return { buckets, count };
}
