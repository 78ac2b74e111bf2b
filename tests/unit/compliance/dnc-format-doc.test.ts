import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dncFormatMarkdown } from '../../../lib/compliance/dnc-format-doc';

describe('docs/formats/dnc.md', () => {
  it('matches the schema it documents (UPDATE_DOCS=1 regenerates it)', () => {
    const generated = dncFormatMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync('docs/formats/dnc.md', generated);
    expect(readFileSync('docs/formats/dnc.md', 'utf8')).toBe(generated);
    expect(generated).toContain('"callside.dnc"');
  });
});
