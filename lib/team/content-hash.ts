import canonicalize from 'canonicalize';

/** Keys an engine orders numerically before all others, whatever order they were added in. */
const ARRAY_INDEX = /^(0|[1-9]\d{0,9})$/;

/**
 * Sorts every object's keys by UTF-16 code units (RFC 8785) while
 * JSON.stringify writes the rest: numbers and strings come out as JCS writes
 * them. Several times faster than the canonicalize package on a rep-year
 * summary (a team import hashes 1,000); a unit test holds the two equal. An
 * object with array-index keys cannot be rebuilt in sorted order (the engine
 * puts those keys first), so such a document goes to the package instead.
 */
export function canonicalJson(value: unknown): string {
  let indexKey = false;
  const text = JSON.stringify(value, function sortKeys(_key, child: unknown) {
    if (child === null || typeof child !== 'object' || Array.isArray(child)) return child;
    const keys = Object.keys(child).sort();
    // No prototype: a `__proto__` key stays an ordinary key.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of keys) {
      if (ARRAY_INDEX.test(key)) indexKey = true;
      sorted[key] = (child as Record<string, unknown>)[key];
    }
    return sorted;
  });
  if (indexKey || text === undefined) {
    const canonical = canonicalize(value);
    if (canonical === undefined) throw new TypeError('Value has no JSON form');
    return canonical;
  }
  return text;
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
