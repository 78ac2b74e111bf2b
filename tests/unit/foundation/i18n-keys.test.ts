// Every message key the code asks for exists in both languages. Literal keys
// are also checked by the type checker; keys built from a template
// (t(`call.problem.${code}`)) are not, so their prefix must name real keys.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullCatalog } from '../../../lib/i18n/all-catalogs';

const en = new Set(Object.keys(fullCatalog('en')));
const zh = new Set(Object.keys(fullCatalog('zh-CN')));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' || entry.name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = ['components', 'lib', 'entrypoints'].flatMap(sourceFiles).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('message keys used in code', () => {
  it('every literal key passed to t() exists in English and Chinese', () => {
    const missing: string[] = [];
    let literals = 0;
    for (const { path, text } of sources)
      for (const [, key] of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) {
        literals += 1;
        if (key && (!en.has(key) || !zh.has(key))) missing.push(`${path}: ${key}`);
      }
    expect(literals).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });

  it('every key built from a template names keys that exist in both languages', () => {
    const missing: string[] = [];
    let templates = 0;
    for (const { path, text } of sources)
      for (const [, prefix] of text.matchAll(/\bt\(\s*`([\w.-]+)\$\{/g)) {
        templates += 1;
        const matches = [...en].filter((key) => prefix && key.startsWith(prefix));
        if (matches.length === 0 || matches.some((key) => !zh.has(key))) missing.push(`${path}: ${prefix}*`);
      }
    expect(templates).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("the envelope's every failure code has a shared message", () => {
    const codes = ['too-large', 'empty', 'not-json', 'csv', 'unsafe-key', 'wrong-format', 'newer-version', 'unknown-version', 'invalid'];
    for (const code of codes) {
      expect(en.has(`file.error.${code}`), code).toBe(true);
      expect(zh.has(`file.error.${code}`), code).toBe(true);
    }
  });
});
