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
