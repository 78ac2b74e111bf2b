/** The last object shape seen, so a run of same-shaped objects (a summary's days) sorts its keys once. */
let lastKeys: string[] = [];
let lastSorted: string[] = [];
let lastPrefixes: string[] = [];

function sortedKeysOf(keys: string[]): { sorted: string[]; prefixes: string[] } {
  let same = keys.length === lastKeys.length;
  for (let index = 0; same && index < keys.length; index++) same = keys[index] === lastKeys[index];
  if (same) return { sorted: lastSorted, prefixes: lastPrefixes };
  lastKeys = keys;
  // Default sort compares UTF-16 code units, as RFC 8785 orders members.
  lastSorted = [...keys].sort();
  lastPrefixes = lastSorted.map((key) => `${JSON.stringify(key)}:`);
  return { sorted: lastSorted, prefixes: lastPrefixes };
}

/** A value JSON leaves out of an object (and writes as null in an array). */
const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function writeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // ECMAScript's Number to String is RFC 8785's number form; JSON has no NaN or Infinity.
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('Value has no JSON form');
    case 'object':
      break;
    default:
      return 'null';
  }
  const object = value as Record<string, unknown> & { toJSON?: () => unknown };
  if (typeof object.toJSON === 'function') return writeValue(object.toJSON());
  if (Array.isArray(object)) {
    let out = '[';
    for (let index = 0; index < object.length; index++) {
      if (index > 0) out += ',';
      const item = object[index];
      out += isSkipped(item) ? 'null' : writeValue(item);
    }
    return `${out}]`;
  }
  const { sorted, prefixes } = sortedKeysOf(Object.keys(object));
  let out = '{';
  let first = true;
  for (let index = 0; index < sorted.length; index++) {
    const child = object[sorted[index] as string];
    if (isSkipped(child)) continue;
    // The child may sort its own keys (and replace the shape cache), so this object's keys were taken first.
    const written = writeValue(child);
    out += first ? `${prefixes[index]}${written}` : `,${prefixes[index]}${written}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * RFC 8785 canonical JSON of a JSON value: members ordered by UTF-16 code
 * units, numbers and strings as JSON.stringify writes them (which is JCS's
 * form). Written straight to a string, without the canonicalize package's
 * intermediate arrays or copies of every object: a team import hashes 1,000
 * rep-year summaries, and this is several times faster. A unit test holds it
 * equal to the package for any JSON value.
 */
export function canonicalJson(value: unknown): string {
  if (isSkipped(value)) throw new TypeError('Value has no JSON form');
  return writeValue(value);
}

/**
 * SHA-256 (hex) of the canonical JSON (RFC 8785) of a value: the same numbers
 * give the same hash whatever order the keys were written in, so a lead can
 * tell an edited file from a re-sent one.
 */
export async function sha256OfCanonical(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash a document must carry: everything except the hash field itself. */
export function hashOfDocument(document: object): Promise<string> {
  const { contentHash: _contentHash, ...rest } = document as { contentHash?: unknown };
  return sha256OfCanonical(rest);
}
