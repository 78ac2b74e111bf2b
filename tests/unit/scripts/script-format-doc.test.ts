import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptFormatMarkdown } from '../../../lib/scripts/script-format-doc';

describe('docs/formats/script.md', () => {
  it('matches the schema it documents (UPDATE_DOCS=1 regenerates it)', () => {
    const generated = scriptFormatMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync('docs/formats/script.md', generated);
    expect(readFileSync('docs/formats/script.md', 'utf8')).toBe(generated);
    expect(generated).toContain('"callside.script"');
  });
});
