import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineFileFormat, openFile, parseJsonText, readFile, writeFile } from '../../../lib/formats/envelope';

// A made-up format with one older version, so the upgrade path is exercised.
const v1 = z.object({ format: z.literal('callside.test'), version: z.literal(1), name: z.string() });
const v2 = z.object({
  format: z.literal('callside.test'),
  version: z.literal(2),
  name: z.string().check(z.minLength(1)),
  tags: z.array(z.string()),
});
const testFile = defineFileFormat({
  format: 'callside.test',
  version: 2,
  maxBytes: 1024,
  schema: v2,
  older: { 1: { schema: v1, upgrade: (doc: z.infer<typeof v1>) => ({ ...doc, version: 2, tags: [] }) } },
});
const text = (value: unknown) => JSON.stringify(value);

describe('file envelope', () => {
  it('reads the current version and upgrades an older one', () => {
    expect(readFile(testFile, text({ format: 'callside.test', version: 2, name: 'a', tags: ['x'] }))).toEqual({
      ok: true,
      value: { format: 'callside.test', version: 2, name: 'a', tags: ['x'] },
    });
    expect(readFile(testFile, text({ format: 'callside.test', version: 1, name: 'old' }))).toEqual({
      ok: true,
      value: { format: 'callside.test', version: 2, name: 'old', tags: [] },
    });
  });

  it('checks the size before anything else, naming both sizes', () => {
    const result = readFile(testFile, 'not even json', 3 * 1024 * 1024);
    expect(result).toEqual({ ok: false, error: { code: 'too-large', params: { size: 3, limit: 1, bytes: 3 * 1024 * 1024 } } });
  });

  it('refuses empty text, non-JSON (with the parser message) and a spreadsheet export', () => {
    expect(readFile(testFile, '  \n')).toEqual({ ok: false, error: { code: 'empty' } });
    const cut = readFile(testFile, '{"format": "callside.test", "ver');
    expect(cut.ok === false && cut.error.code).toBe('not-json');
    expect(cut.ok === false && String(cut.error.params?.detail)).toMatch(/JSON/);
    expect(readFile(testFile, 'name,phone\nAda,123')).toEqual({ ok: false, error: { code: 'csv' } });
  });

  it('skips a byte-order mark', () => {
    expect(readFile(testFile, `\uFEFF${text({ format: 'callside.test', version: 1, name: 'b' })}`).ok).toBe(true);
  });

  it('refuses __proto__, constructor and prototype keys at any depth, also when escaped', () => {
    expect(parseJsonText('{"a":{"__proto__":{"polluted":1}}}', 40, 1024)).toEqual({
      ok: false,
      error: { code: 'unsafe-key', params: { key: '__proto__' } },
    });
    expect(parseJsonText('{"\\u005f_proto__":1}', 20, 1024)).toMatchObject({ error: { params: { key: '__proto__' } } });
    expect(parseJsonText('[{"constructor":{"prototype":{}}}]', 40, 1024)).toMatchObject({ error: { code: 'unsafe-key' } });
    // A value that merely says the word is fine.
    expect(parseJsonText('{"note":"the constructor called"}', 40, 1024).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a foreign format and what was expected', () => {
    expect(readFile(testFile, text({ format: 'callside.backup', version: 1 }))).toEqual({
      ok: false,
      error: { code: 'wrong-format', params: { format: 'callside.backup', expected: 'callside.test' } },
    });
    expect(readFile(testFile, '[1,2]')).toMatchObject({ error: { code: 'wrong-format', params: { format: 'array' } } });
  });

  it('refuses a newer version as newer and any other as unknown, by number', () => {
    expect(readFile(testFile, text({ format: 'callside.test', version: 3 }))).toEqual({
      ok: false,
      error: { code: 'newer-version', params: { version: '3', newest: 2 } },
    });
    for (const version of [0, '2', 1.5, null])
      expect(readFile(testFile, text({ format: 'callside.test', version }))).toMatchObject({
        ok: false,
        error: { code: 'unknown-version', params: { newest: 2 } },
      });
  });

  it('refuses a body its version schema rejects, naming the field', () => {
    const result = readFile(testFile, text({ format: 'callside.test', version: 2, name: '', tags: [] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', params: { field: 'name' } } });
    expect(result.ok === false && result.error.detail).toMatch(/name/);
    // An older version is checked by its own schema before it is upgraded.
    expect(readFile(testFile, text({ format: 'callside.test', version: 1, name: 3 }))).toMatchObject({
      error: { code: 'invalid', params: { field: 'name' } },
    });
  });

  it('opens the header without reading the body, for formats with their own content checks', () => {
    expect(openFile(testFile, text({ format: 'callside.test', version: 1, anything: true }))).toEqual({
      ok: true,
      value: { json: { format: 'callside.test', version: 1, anything: true }, version: 1 },
    });
  });

  it('writes only what it reads back', () => {
    const document = { format: 'callside.test' as const, version: 2 as const, name: 'n', tags: [] };
    expect(readFile(testFile, writeFile(testFile, document))).toEqual({ ok: true, value: document });
    expect(() => writeFile(testFile, { ...document, name: '' })).toThrow();
  });
});
