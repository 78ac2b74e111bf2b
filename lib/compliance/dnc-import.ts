// Long do-not-call imports (a regulator's list can hold 200,000 numbers): read,
// hash and write in batches, yielding between them so the page stays
// responsive, reporting progress, and counting only what actually changed.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CallsideDatabase } from '../db/database';
import type { DncEntry } from '../db/records';
import { DNC_SALT } from './dnc';
import { addDncEntries } from './dnc-store';
import { sha256Hex } from './sha256-hex';

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
const SLICE_MS = 12;

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
      // The clock is read every 64 items (a few ms of parsing at most): reading it per item cost more than some items.
      if ((index & 63) === 63 && performance.now() > sliceEnds) {
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

/**
 * The same salted SHA-256 as hashPhone, computed synchronously: WebCrypto's
 * digest costs a promise and a thread hop per number, which made a 200,000
 * number list take over a minute.
 */
export function hashPhoneSync(phoneE164: string): string {
  return sha256Hex(DNC_SALT + phoneE164);
}

/** The first cell of a line that reads as a possible phone number, in E.164. */
function phoneOfLine(line: string, defaultRegion: string): string | undefined {
  for (const raw of line.split(/[,;\t]/)) {
    const cell = raw.trim().replace(/^"|"$/g, '');
    // Most cells of a CSV are names or dates: skip the parser for anything with too few digits.
    if (cell.replace(/\D/g, '').length < 6) continue;
    // A cell holding just a number (the usual list) skips the parser's search for one inside text: three times faster.
    const parsed =
      parsePhoneNumberFromString(cell, { defaultCountry: defaultRegion as CountryCode, extract: false }) ??
      parsePhoneNumberFromString(cell, defaultRegion as CountryCode);
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
  // The parser is the import's dearest step: a line the list repeats is read once.
  const readLines = new Map<string, string | null>();
  const readLine = (line: string) => {
    const known = readLines.get(line);
    if (known !== undefined) return known;
    const phone = phoneOfLine(line, defaultRegion) ?? null;
    readLines.set(line, phone);
    return phone;
  };
  const found = await inBatches(lines, 'reading', readLine, onProgress, batchSize);
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
 * not counted. One transaction over the list's buckets (a few thousand rows
 * whatever the list's length), so another window adding numbers at the same
 * time cannot skew the count, and a storage failure half way writes nothing.
 */
export async function mergeDncEntries(
  entries: readonly NewDncEntry[],
  db: CallsideDatabase,
  onProgress?: OnDncProgress,
  /** Buckets per progress step (the default suits a real list). */
  bucketsPerStep?: number,
): Promise<number> {
  const imported = entries.map((entry) => ({ ...entry, source: 'import' as const }));
  // The page gets the thread back before the merge's one transaction (inside it, only Dexie work may be awaited).
  await yieldToPage();
  return addDncEntries(imported, db, (done, total) => onProgress?.({ phase: 'writing', done, total }), bucketsPerStep);
}
