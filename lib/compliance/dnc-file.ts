// The do-not-call list as a file (callside.dnc v1): hashes only, never numbers,
// so it can move between a rep's machines or come from the team lead.
import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { dncEntrySchema } from '../db/records';
import { checkFileSize, defineFileFormat, type FileErrorCode, readFile } from '../formats/envelope';
import { fail, ok, type Result } from '../result';
import { addToDnc } from './dnc';
import { hashPhones, mergeDncEntries, type OnDncProgress, readPhoneList } from './dnc-import';
import { clearDncEntries, countDncEntries, listDncEntries } from './dnc-store';

export const DNC_FORMAT = 'callside.dnc';
export const DNC_VERSION = 1;
/** A list of a million hashes is ~70 MB of JSON; anything bigger is not a DNC list. */
export const MAX_DNC_FILE_BYTES = 80 * 1024 * 1024;

export const dncFileSchema = z.object({
  format: z.literal(DNC_FORMAT),
  version: z.literal(DNC_VERSION),
  exportedAt: z.number(),
  entries: z.array(
    z.object({
      hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      addedAt: z.number(),
      source: dncEntrySchema.shape.source,
    }),
  ),
});
export type DncFile = z.infer<typeof dncFileSchema>;

/** `callside.dnc` files, read through the shared envelope (lib/formats/envelope.ts). */
export const dncFile = defineFileFormat({ format: DNC_FORMAT, version: DNC_VERSION, maxBytes: MAX_DNC_FILE_BYTES, schema: dncFileSchema });

export async function exportDnc(db: CallsideDatabase = getDatabase(), now = Date.now()): Promise<DncFile> {
  const entries = await listDncEntries(db);
  return {
    format: DNC_FORMAT,
    version: DNC_VERSION,
    exportedAt: now,
    entries: entries.map(({ hash, addedAt, source }) => ({ hash, addedAt, source })),
  };
}

export const countDnc = (db: CallsideDatabase = getDatabase()): Promise<number> => countDncEntries(db);

/** Why an import changed nothing: the envelope's codes, or a plain list without a single number. The options page words each one. */
export type DncImportCode = FileErrorCode | 'no-numbers';
export type DncImportResult = Result<{ added: number; total: number; skipped: number }, DncImportCode>;

/**
 * Imports a callside.dnc file, or a plain list of phone numbers (one per line,
 * or CSV with the number in any cell) read in the rep's default region. The
 * whole file is checked first, then merged in one transaction (an entry
 * already on the list keeps its own date). A bad file changes nothing.
 */
export async function importDnc(
  text: string,
  db: CallsideDatabase = getDatabase(),
  defaultRegion = 'US',
  now = Date.now(),
  byteLength = text.length,
  /** Called after each batch read, hashed or written (see lib/compliance/dnc-import.ts). */
  onProgress?: OnDncProgress,
): Promise<DncImportResult> {
  const size = checkFileSize(byteLength, MAX_DNC_FILE_BYTES);
  if (!size.ok) return size;
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return importPhoneList(text, db, defaultRegion, now, onProgress);
  const read = readFile(dncFile, text, byteLength);
  if (!read.ok) return read;
  const added = await mergeDncEntries(read.value.entries, db, onProgress);
  return ok({ added, total: await countDncEntries(db), skipped: 0 });
}

/** A list as it usually arrives from a CRM or a regulator: numbers one per line, or CSV. */
async function importPhoneList(
  text: string,
  db: CallsideDatabase,
  defaultRegion: string,
  now: number,
  onProgress?: OnDncProgress,
): Promise<DncImportResult> {
  const { phones, skipped } = await readPhoneList(text, defaultRegion, onProgress);
  if (phones.length === 0) return fail('no-numbers');
  const hashes = await hashPhones(phones, onProgress);
  const added = await mergeDncEntries(
    hashes.map((hash) => ({ hash, addedAt: now })),
    db,
    onProgress,
  );
  return ok({ added, total: await countDncEntries(db), skipped });
}

/** Adds a number typed by the rep (already normalised to E.164). */
export const addManualDnc = (phoneE164: string, db: CallsideDatabase = getDatabase(), now = Date.now()) =>
  addToDnc(phoneE164, 'manual', db, now);

export async function clearDnc(db: CallsideDatabase = getDatabase()): Promise<void> {
  await clearDncEntries(db);
}
