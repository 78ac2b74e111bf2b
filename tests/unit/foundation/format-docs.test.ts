import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_FORMAT_DOCS } from '../../../lib/formats/all-format-docs';
import { formatMarkdown } from '../../../lib/formats/format-doc';

describe('docs/formats/*.md', () => {
  for (const doc of ALL_FORMAT_DOCS) {
    it(`${doc.name}.md matches the ${doc.file.format} schema it documents (UPDATE_DOCS=1 regenerates it)`, () => {
      const generated = formatMarkdown(doc);
      const path = `docs/formats/${doc.name}.md`;
      if (process.env.UPDATE_DOCS === '1') writeFileSync(path, generated);
      expect(readFileSync(path, 'utf8')).toBe(generated);
      expect(generated).toContain(`"${doc.file.format}"`);
      expect(generated).toContain(`Files over ${Math.ceil(doc.file.maxBytes / 1024 / 1024)} MB are refused before they are read.`);
    });
  }

  it('refuses to document a top-level field without a description', () => {
    const [backup] = ALL_FORMAT_DOCS;
    if (!backup) throw new Error('no formats');
    const { tables: _dropped, ...fields } = backup.fields as Record<string, string>;
    expect(() => formatMarkdown({ ...backup, fields } as typeof backup)).toThrow(/"tables" has no description/);
  });
});
