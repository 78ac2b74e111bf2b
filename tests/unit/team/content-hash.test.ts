import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/team/content-hash';
import { makeSummary } from './summary-fixtures';

describe('canonical JSON', () => {
  it('writes exactly what the canonicalize package (RFC 8785) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('and for runs of same-shaped objects with nested and array-index members, in any key order', () => {
    const member = fc.oneof(fc.constantFrom('a', 'b', 'B', '1', '10', '2', 'é', '中', 'day', 'dials'), fc.string({ maxLength: 3 }));
    const row = fc.dictionary(member, fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)), {
      maxKeys: 6,
    });
    const nested = fc.dictionary(member, fc.oneof(row, fc.array(row, { maxLength: 4 })), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.array(fc.oneof(row, nested), { maxLength: 8 }), fc.nat(5), (rows, copies) => {
        // The same shape several times in a row, then in reverse key order: the cached key order must follow each object.
        const value = rows.flatMap((one) => [
          ...Array.from({ length: copies }, () => one),
          Object.fromEntries(Object.entries(one).reverse()),
        ]);
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 500 },
    );
  });

  it('and for summaries, with keys in any order and Chinese text', async () => {
    const summary = await makeSummary({ name: '张伟' });
    const shuffled = JSON.parse(
      JSON.stringify(summary, (_key, value) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ),
    );
    expect(canonicalJson(shuffled)).toBe(canonicalize(summary));
  });
});
