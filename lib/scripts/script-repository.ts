import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { ScriptRecord, ScriptVersion } from '../db/records';
import { defineFileFormat, type FileError, type FileErrorCode, readFile, writeFile } from '../formats/envelope';
import type { Failure, Result } from '../result';
import { SCRIPT_FORMAT, SCRIPT_FORMAT_VERSION, type ScriptDocument, scriptDocumentSchema } from './script-model';

/**
 * A stored script whose body passed validation, or the raw record with the
 * failure (code 'invalid', detail: which fields), never silently replaced.
 */
export type StoredScript =
  | { ok: true; record: ScriptRecord; document: ScriptDocument }
  | { ok: false; record: ScriptRecord; error: Failure<'invalid'> };

export function readScriptRecord(record: ScriptRecord): StoredScript {
  const parsed = scriptDocumentSchema.safeParse(record.body);
  return parsed.success
    ? { ok: true, record, document: parsed.data }
    : { ok: false, record, error: { code: 'invalid', detail: z.prettifyError(parsed.error) } };
}

export async function listScripts(db: CallsideDatabase = getDatabase()): Promise<StoredScript[]> {
  const records = await db.scripts.toArray();
  return records.sort((a, b) => a.name.localeCompare(b.name)).map(readScriptRecord);
}

export async function loadScript(scriptId: string, db: CallsideDatabase = getDatabase()): Promise<StoredScript | undefined> {
  const record = await db.scripts.get(scriptId);
  return record ? readScriptRecord(record) : undefined;
}

/**
 * Saves a script and keeps the saved body as a version, in one transaction,
 * so history and the current script never disagree.
 */
export async function saveScript(
  scriptId: string,
  document: ScriptDocument,
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<ScriptRecord> {
  const body = scriptDocumentSchema.parse(document);
  const record: ScriptRecord = { id: scriptId, name: body.name, industry: body.industry, locale: body.locale, body, updatedAt: now };
  await db.transaction('rw', db.scripts, db.scriptVersions, async () => {
    await db.scripts.put(record);
    await db.scriptVersions.add({ id: crypto.randomUUID(), scriptId, savedAt: now, body });
  });
  return record;
}

export async function deleteScript(scriptId: string, db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.scripts, db.scriptVersions, async () => {
    await db.scripts.delete(scriptId);
    await db.scriptVersions.where('scriptId').equals(scriptId).delete();
  });
}

/** Newest first. */
export async function listScriptVersions(scriptId: string, db: CallsideDatabase = getDatabase()): Promise<ScriptVersion[]> {
  const versions = await db.scriptVersions.where('scriptId').equals(scriptId).toArray();
  return versions.sort((a, b) => b.savedAt - a.savedAt);
}

/** Restoring is itself a save, so the restore can be undone from history too. */
export async function restoreScriptVersion(
  versionId: string,
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<ScriptRecord> {
  const version = await db.scriptVersions.get(versionId);
  if (!version) throw new Error(`No script version ${versionId}`);
  return saveScript(version.scriptId, scriptDocumentSchema.parse(version.body), db, now);
}

export const MAX_SCRIPT_FILE_BYTES = 1_000_000;

/** `callside.script` files, read through the shared envelope (lib/formats/envelope.ts). */
export const scriptFile = defineFileFormat({
  format: SCRIPT_FORMAT,
  version: SCRIPT_FORMAT_VERSION,
  maxBytes: MAX_SCRIPT_FILE_BYTES,
  schema: scriptDocumentSchema,
});

/** Why a script file was refused; the options page words each code in the UI language. */
export type ScriptFileError = FileError;
export type ScriptFileResult = Result<ScriptDocument, FileErrorCode>;

/** Validates a script file whole; nothing is written here. */
export function parseScriptFile(text: string, byteLength: number = text.length): ScriptFileResult {
  return readFile(scriptFile, text, byteLength);
}

export function scriptFileText(document: ScriptDocument): string {
  return writeFile(scriptFile, document);
}

export async function importScriptFile(
  text: string,
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<Result<ScriptRecord, FileErrorCode>> {
  const parsed = parseScriptFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, value: await saveScript(crypto.randomUUID(), parsed.value, db, now) };
}
