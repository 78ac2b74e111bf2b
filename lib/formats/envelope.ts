// One file envelope for every Callside file (backup, script, do-not-call,
// objections, summary, playbook): the checks every file gets before its own
// content is looked at, in this order, each refused with a typed code.
//
//   1. size      'too-large'     before anything is read into a string      params {size, limit} (MB), {bytes}
//   2. text      'empty'         nothing but whitespace (a BOM is skipped)
//   3. JSON      'not-json'      params {detail}; 'csv' when it looks like a spreadsheet export
//   4. keys      'unsafe-key'    a `__proto__`, `constructor` or `prototype` key anywhere  params {key}
//   5. format    'wrong-format'  `format` is not this format's name           params {format, expected}
//   6. version   'newer-version' made by a newer Callside                     params {version, newest}
//                'unknown-version' any other version this build cannot read   params {version, newest}
//   7. body      'invalid'       the version's Zod schema refused it          detail (field paths), params {field}
//
// Using it:
//
//   export const notesFile = defineFileFormat({
//     format: 'callside.notes',
//     version: 2,
//     maxBytes: 1024 * 1024,
//     schema: notesV2Schema,                       // the whole file, header included
//     older: { 1: { schema: notesV1Schema, upgrade: (v1) => ({ ...v1, version: 2, tags: [] }) } },
//   });
//   const read = readFile(notesFile, text, file.size);   // Result<NotesV2, FileErrorCode>
//   if (!read.ok) show(describeFileError(read.error, t)); // lib/formats/file-errors.ts
//   const text = writeFile(notesFile, document);          // JSON text, validated
//
// An older version is parsed by its own schema, then upgraded one version at a
// time (`older[n].upgrade` turns version n into n + 1) and checked by the
// current schema, so a newer reader always reads older files. Docs for a format
// come from lib/formats/format-doc.ts (docs/formats/<name>.md).
import * as z from 'zod/mini';
import { type Failure, fail, ok, type Result } from '../result';

export type FileErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'csv'
  | 'unsafe-key'
  | 'wrong-format'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid';
export type FileError = Failure<FileErrorCode>;

/** How version n of a file is read, and turned into version n + 1. */
export interface OlderVersion {
  schema: z.ZodMiniType;
  upgrade: (document: never) => unknown;
}

export interface FileFormat<T> {
  /** The `format` header, e.g. 'callside.script'. */
  format: string;
  /** The version this build writes. */
  version: number;
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /** The current version's whole file, `format` and `version` included. */
  schema: z.ZodMiniType<T, unknown>;
  /** Versions this build still reads, by number. */
  older: Readonly<Record<number, OlderVersion>>;
}

export function defineFileFormat<T>(format: {
  format: string;
  version: number;
  maxBytes: number;
  schema: z.ZodMiniType<T, unknown>;
  older?: Readonly<Record<number, OlderVersion>>;
}): FileFormat<T> {
  return { older: {}, ...format };
}

/** Keys that would change an object's prototype once a parsed file is spread or merged. */
export const UNSAFE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
const BOM = '\uFEFF';
const MEGABYTE = 1024 * 1024;

export const megabytes = (bytes: number): number => Math.max(1, Math.ceil(bytes / MEGABYTE));

/** A first line of comma- or tab-separated words: a spreadsheet export handed in where JSON belongs. */
function looksLikeCsv(text: string): boolean {
  const firstLine = text.slice(0, 2000).split(/\r?\n/, 1)[0] ?? '';
  return !/^\s*[[{]/.test(firstLine) && /^[^,\t]+([,\t][^,\t]*)+$/.test(firstLine);
}

/** Step 1 on its own: call it with a File's size before reading the file's text. */
export function checkFileSize(byteLength: number, maxBytes: number): Result<void, 'too-large'> {
  if (byteLength <= maxBytes) return ok(undefined);
  return fail('too-large', { params: { size: megabytes(byteLength), limit: megabytes(maxBytes), bytes: byteLength } });
}

/** Steps 1-4: any JSON file, no header expected. */
export function parseJsonText(text: string, byteLength: number, maxBytes: number): Result<unknown, FileErrorCode> {
  const size = checkFileSize(byteLength, maxBytes);
  if (!size.ok) return size;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty');
  let json: unknown;
  let unsafeKey: string | undefined;
  // The reviver pass is slower, so it runs only when the text could hold such a key at all.
  const mayHoldUnsafeKey = body.includes('\\u') || UNSAFE_KEYS.some((key) => body.includes(key));
  try {
    json = mayHoldUnsafeKey
      ? JSON.parse(body, (key, value) => {
          if (unsafeKey === undefined && UNSAFE_KEYS.includes(key)) unsafeKey = key;
          return value;
        })
      : JSON.parse(body);
  } catch (error) {
    if (looksLikeCsv(body)) return fail('csv');
    return fail('not-json', { params: { detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) } });
  }
  if (unsafeKey !== undefined) return fail('unsafe-key', { params: { key: unsafeKey } });
  return ok(json);
}

/** A file that passed steps 1-6: its parsed JSON and the version it declares. */
export interface OpenedFile {
  json: Record<string, unknown>;
  version: number;
}

/** Steps 1-6: size, JSON, keys, format and version; the body is not looked at. */
export function openFile(format: FileFormat<unknown>, text: string, byteLength: number = text.length): Result<OpenedFile, FileErrorCode> {
  const parsed = parseJsonText(text, byteLength, format.maxBytes);
  if (!parsed.ok) return parsed;
  const json = parsed.value;
  const header = (typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
  if (header.format !== format.format)
    return fail('wrong-format', { params: { format: describeValue(header.format ?? json), expected: format.format } });
  const version = header.version;
  const params = { version: describeValue(version), newest: format.version };
  if (typeof version === 'number' && Number.isInteger(version) && version > format.version) return fail('newer-version', { params });
  if (typeof version !== 'number' || (version !== format.version && !(version in format.older))) return fail('unknown-version', { params });
  return ok({ json: header, version });
}

/** Step 7: the opened file's body by its version's schema, upgraded to the current version. */
export function readBody<T>(format: FileFormat<T>, opened: OpenedFile): Result<T, 'invalid'> {
  let document: unknown = opened.json;
  for (let version = opened.version; version < format.version; version++) {
    const older = format.older[version];
    if (!older) return fail('invalid', { detail: `no upgrade from version ${version}`, params: { field: 'version' } });
    const parsed = older.schema.safeParse(document);
    if (!parsed.success) return invalid(parsed.error);
    document = older.upgrade(parsed.data as never);
  }
  const parsed = format.schema.safeParse(document);
  return parsed.success ? ok(parsed.data) : invalid(parsed.error);
}

/** The whole envelope: steps 1-7. Nothing is written anywhere. */
export function readFile<T>(format: FileFormat<T>, text: string, byteLength: number = text.length): Result<T, FileErrorCode> {
  const opened = openFile(format, text, byteLength);
  return opened.ok ? readBody(format, opened.value) : opened;
}

/** The text of a file of this format: validated first, so a file Callside writes is one it reads. */
export function writeFile<T>(format: FileFormat<T>, document: T): string {
  return `${JSON.stringify(format.schema.parse(document), null, 2)}\n`;
}

function invalid(error: z.core.$ZodError): { ok: false; error: Failure<'invalid'> } {
  const first = error.issues[0];
  return fail('invalid', {
    detail: z.prettifyError(error).slice(0, 600),
    params: { field: first?.path.length ? first.path.join('.') : '-' },
  });
}

/** A header value as the message names it: short, and never a whole object. */
function describeValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).slice(0, 40);
  return Array.isArray(value) ? 'array' : typeof value;
}
