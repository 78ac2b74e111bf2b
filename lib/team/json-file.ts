import { fail, ok, type Result } from '../result';

export type JsonFileRejectionCode = 'too-large' | 'empty' | 'csv' | 'not-json' | 'proto-key';

const BOM = '\uFEFF';

/** A first line of comma- or tab-separated words: a spreadsheet export handed in where JSON belongs. */
function looksLikeCsv(text: string): boolean {
  const firstLine = text.slice(0, 2000).split(/\r?\n/, 1)[0] ?? '';
  return !/^\s*[[{]/.test(firstLine) && /^[^,\t]+([,\t][^,\t]*)+$/.test(firstLine);
}

/**
 * The common intake of a JSON file: size first (before anything else), then
 * JSON, then no `__proto__` key anywhere (JSON.parse makes it an own property,
 * but any later spread or merge would turn it into a prototype change).
 */
export function parseJsonFile(text: string, sizeBytes: number, maxBytes: number): Result<unknown, JsonFileRejectionCode> {
  if (sizeBytes > maxBytes) {
    return fail('too-large', { params: { size: megabytes(sizeBytes), limit: megabytes(maxBytes) } });
  }
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty');
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    if (looksLikeCsv(body)) return fail('csv');
    return fail('not-json', { params: { detail: error instanceof Error ? error.message : String(error) } });
  }
  // The reviver pass is slower, so it runs only when the text could hold the key at all.
  if (body.includes('__proto__') || body.includes('\\u')) {
    let found = false;
    JSON.parse(body, (key, value) => {
      if (key === '__proto__') found = true;
      return value;
    });
    if (found) return fail('proto-key');
  }
  return ok(document);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1);
}
