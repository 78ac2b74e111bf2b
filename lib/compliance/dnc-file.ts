// The do-not-call list as a file (callside.dnc v1): hashes only, never numbers,
// so it can move between a rep's machines or come from the team lead.
import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { dncEntrySchema } from '../db/records';
import type { Result } from '../messaging/protocol';
import { addToDnc } from './dnc';

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

export async function exportDnc(db: CallsideDatabase = getDatabase(), now = Date.now()): Promise<DncFile> {
  const entries = await db.dnc.orderBy('addedAt').toArray();
  return {
    format: DNC_FORMAT,
    version: DNC_VERSION,
    exportedAt: now,
    entries: entries.map(({ hash, addedAt, source }) => ({ hash, addedAt, source })),
  };
}

export const countDnc = (db: CallsideDatabase = getDatabase()): Promise<number> => db.dnc.count();

/**
 * Validates the whole file, then merges it in one transaction (an entry
 * already on the list keeps its own date). A bad file changes nothing.
 */
export async function importDnc(text: string, db: CallsideDatabase = getDatabase()): Promise<Result<{ added: number; total: number }>> {
  if (text.length > MAX_DNC_FILE_BYTES) return { ok: false, error: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== DNC_FORMAT) return { ok: false, error: 'wrong-format' };
  const version = (json as { version?: unknown }).version;
  if (version !== DNC_VERSION) return { ok: false, error: `unknown-version:${String(version)}` };
  const parsed = dncFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const added = await db.transaction('rw', db.dnc, async () => {
    const known = new Set(
      await db.dnc
        .where('hash')
        .anyOf(parsed.data.entries.map((entry) => entry.hash))
        .primaryKeys(),
    );
    const fresh = parsed.data.entries.filter((entry) => !known.has(entry.hash));
    await db.dnc.bulkPut(fresh.map((entry) => ({ ...entry, source: 'import' as const })));
    return fresh.length;
  });
  return { ok: true, value: { added, total: await db.dnc.count() } };
}

/** Adds a number typed by the rep (already normalised to E.164). */
export const addManualDnc = (phoneE164: string, db: CallsideDatabase = getDatabase(), now = Date.now()) =>
  addToDnc(phoneE164, 'manual', db, now);

export async function clearDnc(db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.dnc.clear();
}
