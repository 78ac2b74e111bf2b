import { describe, expect, it } from 'vitest';
import { addToDnc, hashPhone, isOnDnc } from '../../../lib/compliance/dnc';
import { countDnc, exportDnc, importDnc } from '../../../lib/compliance/dnc-file';
import { dncEntryOf } from '../../../lib/compliance/dnc-store';
import { freshDatabase } from '../../helpers/db';

describe('do-not-call list import and export', () => {
  it('exports hashes only and imports them on another machine', async () => {
    const source = freshDatabase();
    await addToDnc('+8613800138000', 'outcome', source, 1000);
    await addToDnc('+12524607929', 'manual', source, 2000);
    const file = await exportDnc(source, 3000);
    expect(file).toMatchObject({ format: 'callside.dnc', version: 1, exportedAt: 3000 });
    expect(JSON.stringify(file)).not.toMatch(/13800138000|2524607929/);

    const target = freshDatabase();
    await addToDnc('+12524607929', 'manual', target, 500);
    const result = await importDnc(JSON.stringify(file), target);
    expect(result).toEqual({ ok: true, value: { added: 1, total: 2, skipped: 0 } });
    expect(await isOnDnc('+8613800138000', target)).toBe(true);
    // An entry already on the list keeps its own date.
    expect((await dncEntryOf(await hashPhone('+12524607929'), target))?.addedAt).toBe(500);
  });

  it('rejects a bad file whole and changes nothing', async () => {
    const db = freshDatabase();
    await addToDnc('+12524607929', 'manual', db);
    const good = { hash: 'a'.repeat(64), addedAt: 1, source: 'manual' };
    const cases: [string, object][] = [
      ['{ not json', { code: 'not-json' }],
      ['not a list at all\nhello', { code: 'no-numbers' }],
      [JSON.stringify({ format: 'callside.backup', version: 1 }), { code: 'wrong-format', params: { format: 'callside.backup' } }],
      [JSON.stringify({ format: 'callside.dnc', version: 9, entries: [] }), { code: 'newer-version', params: { version: '9', newest: 1 } }],
      [JSON.stringify({ format: 'callside.dnc', version: 0, entries: [] }), { code: 'unknown-version', params: { version: '0' } }],
    ];
    for (const [text, error] of cases) expect(await importDnc(text, db)).toMatchObject({ ok: false, error });
    const oneBad = { format: 'callside.dnc', version: 1, exportedAt: 1, entries: [good, { ...good, hash: '+8613800138000' }] };
    expect(await importDnc(JSON.stringify(oneBad), db)).toMatchObject({
      ok: false,
      error: { code: 'invalid', params: { field: 'entries.1.hash' } },
    });
    expect(await countDnc(db)).toBe(1);
  });

  it('imports a plain list of numbers (one per line or CSV) in the default region and counts the lines skipped', async () => {
    const db = freshDatabase();
    await addToDnc('+12524607929', 'manual', db, 500);
    const list = 'phone\n(252) 460-7929\n+86 138 0013 8000\r\nAda Park,937.676.2183\nnot a number\n\n';
    const result = await importDnc(list, db, 'US', 1000);
    expect(result).toEqual({ ok: true, value: { added: 2, total: 3, skipped: 2 } });
    expect(await isOnDnc('+8613800138000', db)).toBe(true);
    expect(await isOnDnc('+19376762183', db)).toBe(true);
    expect((await dncEntryOf(await hashPhone('+12524607929'), db))?.addedAt).toBe(500);
    expect((await dncEntryOf(await hashPhone('+19376762183'), db))?.source).toBe('import');
  });
});
