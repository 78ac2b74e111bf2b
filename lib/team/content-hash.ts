import canonicalize from 'canonicalize';

/**
 * SHA-256 (hex) of the canonical JSON (RFC 8785) of a value: the same numbers
 * give the same hash whatever order the keys were written in, so a lead can
 * tell an edited file from a re-sent one.
 */
export async function sha256OfCanonical(value: unknown): Promise<string> {
  const canonical = canonicalize(value);
  if (canonical === undefined) throw new TypeError('Value has no JSON form');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash a document must carry: everything except the hash field itself. */
export function hashOfDocument(document: object): Promise<string> {
  const { contentHash: _contentHash, ...rest } = document as { contentHash?: unknown };
  return sha256OfCanonical(rest);
}
