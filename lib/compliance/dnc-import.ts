// Long do-not-call imports (a regulator's list can hold 200,000 numbers): read,
// hash and write in batches, yielding between them so the page stays
// responsive, reporting progress, and counting only what actually changed.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
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

/** Rows per batch; each batch is a few milliseconds of work, then the page gets the thread back. */
export const DNC_BATCH = 5_000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function inBatches<T, R>(
  items: readonly T[],
  phase: DncImportPhase,
  work: (batch: readonly T[]) => R[] | Promise<R[]>,
  onProgress: OnDncProgress | undefined,
  batchSize: number,
): Promise<R[]> {
  const results: R[] = [];
  for (let from = 0; from < items.length; from += batchSize) {
    results.push(...(await work(items.slice(from, from + batchSize))));
    onProgress?.({ phase, done: Math.min(items.length, from + batchSize), total: items.length });
    await yieldToPage();
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
  const found = await inBatches(
    lines,
    'reading',
    (batch) => batch.map((line) => phoneOfLine(line, defaultRegion) ?? null),
    onProgress,
    batchSize,
  );
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
  return inBatches(phones, 'hashing', (batch) => batch.map(hashPhoneSync), onProgress, batchSize);
}

/**
 * Adds entries not on the list yet, one transaction per batch, and returns how
 * many were added: a hash the file holds twice, or one already on the list
 * (which keeps its own date), is not counted. Each batch checks and writes in
 * its own transaction, so the count is right even with another window adding
 * numbers at the same time. If storage fails half way, the batches before stay
 * (the list is a set, so importing the file again finishes the job).
 */
export async function mergeDncEntries(
  entries: readonly Omit<DncEntry, 'source'>[],
  db: CallsideDatabase,
  onProgress?: OnDncProgress,
  batchSize = DNC_BATCH,
): Promise<number> {
  const distinct = [...new Map(entries.map((entry) => [entry.hash, entry])).values()];
  const added = await inBatches(
    distinct,
    'writing',
    (batch) =>
      db.transaction('rw', db.dnc, async () => {
        // bulkGet is one get per key sent together; anyOf walked a cursor and took seconds per batch.
        const stored = await db.dnc.bulkGet(batch.map((entry) => entry.hash));
        const fresh = batch.filter((_, index) => stored[index] === undefined).map((entry) => ({ ...entry, source: 'import' as const }));
        await db.dnc.bulkAdd(fresh);
        return [fresh.length];
      }),
    onProgress,
    batchSize,
  );
  return added.reduce((sum, count) => sum + count, 0);
}
