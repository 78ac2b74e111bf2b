// Long do-not-call imports (a regulator's list can hold 200,000 numbers): read,
// hash and write in batches, yielding between them so the page stays
// responsive, reporting progress, and counting only what actually changed.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Dexie, RangeSet } from 'dexie';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CallsideDatabase } from '../db/database';
import type { DncEntry } from '../db/records';
import { DNC_SALT } from './dnc';

export type DncImportPhase = 'reading' | 'hashing' | 'writing';
export interface DncImportProgress {
  phase: DncImportPhase;
  done: number;
  total: number;
}
export type OnDncProgress = (progress: DncImportProgress) => void;

/** Rows per progress step (and per queue of write requests); reading and hashing also yield within a batch that runs long. */
export const DNC_BATCH = 5_000;

/**
 * Gives the page the thread back for one turn of the event loop. A message
 * task, not setTimeout: timers are clamped, and throttled to one a second in a
 * background tab, which would stretch an import the rep switched away from.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** The longest the import works before giving the page the thread back, whatever the batch size. */
const SLICE_MS = 40;

/** Maps every item, reporting progress after each batch and yielding after each batch and whenever a slice runs long. */
async function inBatches<T, R>(
  items: readonly T[],
  phase: DncImportPhase,
  work: (item: T) => R,
  onProgress: OnDncProgress | undefined,
  batchSize: number,
): Promise<R[]> {
  const results: R[] = [];
  let sliceEnds = performance.now() + SLICE_MS;
  for (let from = 0; from < items.length; from += batchSize) {
    const end = Math.min(items.length, from + batchSize);
    for (let index = from; index < end; index++) {
      results.push(work(items[index] as T));
      if (performance.now() > sliceEnds) {
        await yieldToPage();
        sliceEnds = performance.now() + SLICE_MS;
      }
    }
    onProgress?.({ phase, done: end, total: items.length });
    await yieldToPage();
    sliceEnds = performance.now() + SLICE_MS;
  }
  return results;
}

const encoder = new TextEncoder();
/**
 * The same salted SHA-256 as hashPhone, computed synchronously: WebCrypto's
 * digest costs a promise and a thread hop per number, which made a 200,000
 * number list take over a minute.
 */
export function hashPhoneSync(phoneE164: string): string {
  return bytesToHex(sha256(encoder.encode(DNC_SALT + phoneE164)));
}

/** The first cell of a line that reads as a possible phone number, in E.164. */
function phoneOfLine(line: string, defaultRegion: string): string | undefined {
  for (const raw of line.split(/[,;\t]/)) {
    const cell = raw.trim().replace(/^"|"$/g, '');
    // Most cells of a CSV are names or dates: skip the parser for anything with too few digits.
    if (cell.replace(/\D/g, '').length < 6) continue;
    const parsed = parsePhoneNumberFromString(cell, defaultRegion as Parameters<typeof parsePhoneNumberFromString>[1]);
    if (parsed?.isPossible()) return parsed.number;
  }
  return undefined;
}

/** Numbers of a plain list (one per line, or CSV with the number in any cell), distinct, and how many lines had none. */
export async function readPhoneList(
  text: string,
  defaultRegion: string,
  onProgress?: OnDncProgress,
  batchSize = DNC_BATCH,
): Promise<{ phones: string[]; skipped: number }> {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const found = await inBatches(lines, 'reading', (line) => phoneOfLine(line, defaultRegion) ?? null, onProgress, batchSize);
  const phones = new Set<string>();
  let skipped = 0;
  for (const phone of found) {
    if (phone) phones.add(phone);
    else skipped++;
  }
  return { phones: [...phones], skipped };
}

/** Hashes numbers in batches (before any transaction: only Dexie work may be awaited inside one). */
export function hashPhones(phones: readonly string[], onProgress?: OnDncProgress, batchSize = DNC_BATCH): Promise<string[]> {
  return inBatches(phones, 'hashing', hashPhoneSync, onProgress, batchSize);
}

type NewDncEntry = Omit<DncEntry, 'source'>;

/**
 * Adds entries not on the list yet and returns how many were added: a hash the
 * file holds twice, or one already on the list (which keeps its own date), is
 * not counted. The store itself decides what is new: an `add` of a known hash
 * fails with ConstraintError, which is swallowed and not counted, so nothing is
 * read first. All in ONE transaction, so another window adding numbers at the
 * same time cannot skew the count, and a storage failure half way writes nothing.
 */
export async function mergeDncEntries(
  entries: readonly NewDncEntry[],
  db: CallsideDatabase,
  onProgress?: OnDncProgress,
  batchSize = DNC_BATCH,
): Promise<number> {
  const distinct = [...new Map(entries.map((entry) => [entry.hash, entry])).values()];
  if (distinct.length === 0) return 0;
  await db.open();
  const added = await addNew(db.backendDB(), distinct, onProgress, batchSize);
  if (added > 0) announceChange(db, distinct);
  return added;
}

/**
 * Plain IndexedDB rather than Dexie's bulkGet + bulkAdd per batch: the list
 * is 200,000 tiny rows, and the per-batch transactions, key reads and
 * middleware bookkeeping made the write take two minutes. Each batch of
 * requests is queued when the one before has finished, from the request's own
 * callback (which keeps the transaction alive), so the page runs in between.
 */
function addNew(idb: IDBDatabase, entries: readonly NewDncEntry[], onProgress: OnDncProgress | undefined, batchSize: number) {
  return new Promise<number>((resolve, reject) => {
    const transaction = idb.transaction('dnc', 'readwrite');
    const store = transaction.objectStore('dnc');
    let added = 0;
    let queued = 0;
    const queueBatch = () => {
      const end = Math.min(entries.length, queued + batchSize);
      for (; queued < end; queued++) {
        const request = store.add({ ...entries[queued], source: 'import' });
        const last = queued === end - 1;
        const settled = () => {
          if (!last) return;
          onProgress?.({ phase: 'writing', done: end, total: entries.length });
          if (end < entries.length) queueBatch();
        };
        request.onsuccess = () => {
          added++;
          settled();
        };
        request.onerror = (event) => {
          // Already on the list: keep the stored entry, count nothing, carry on.
          if (request.error?.name !== 'ConstraintError') return;
          event.preventDefault();
          event.stopPropagation();
          settled();
        };
      }
    };
    transaction.oncomplete = () => resolve(added);
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The import was aborted', 'AbortError'));
    queueBatch();
  });
}

/** Tells Dexie's live queries (the list's count, here and in other windows) that the store changed behind its back. */
function announceChange(db: CallsideDatabase, entries: readonly NewDncEntry[]) {
  let [lowHash, highHash] = [entries[0]!.hash, entries[0]!.hash];
  let [earliest, latest] = [entries[0]!.addedAt, entries[0]!.addedAt];
  for (const { hash, addedAt } of entries) {
    if (hash < lowHash) lowHash = hash;
    if (hash > highHash) highHash = hash;
    earliest = Math.min(earliest, addedAt);
    latest = Math.max(latest, addedAt);
  }
  Dexie.on.storagemutated.fire({
    [`idb://${db.name}/dnc/`]: new RangeSet(lowHash, highHash),
    [`idb://${db.name}/dnc/addedAt`]: new RangeSet(earliest, latest),
  });
}
