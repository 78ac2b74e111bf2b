import { describe, expect, it } from 'vitest';
import { addToDnc, hashPhone, isOnDnc } from '../../../lib/compliance/dnc';
import { countDnc, exportDnc, importDnc } from '../../../lib/compliance/dnc-file';
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
    expect(result).toEqual({ ok: true, value: { added: 1, total: 2 } });
    expect(await isOnDnc('+8613800138000', target)).toBe(true);
    // An entry already on the list keeps its own date.
    expect((await target.dnc.get(await hashPhone('+12524607929')))?.addedAt).toBe(500);
  });

  it('rejects a bad file whole and changes nothing', async () => {
    const db = freshDatabase();
    await addToDnc('+12524607929', 'manual', db);
    const good = { hash: 'a'.repeat(64), addedAt: 1, source: 'manual' };
    const cases: [string, string][] = [
      ['not json', 'not-json'],
      [JSON.stringify({ format: 'callside.backup', version: 1 }), 'wrong-format'],
      [JSON.stringify({ format: 'callside.dnc', version: 9, entries: [] }), 'unknown-version:9'],
    ];
    for (const [text, error] of cases) expect(await importDnc(text, db)).toEqual({ ok: false, error });
    const oneBad = { format: 'callside.dnc', version: 1, exportedAt: 1, entries: [good, { ...good, hash: '+8613800138000' }] };
    expect((await importDnc(JSON.stringify(oneBad), db)).ok).toBe(false);
    expect(await countDnc(db)).toBe(1);
  });
});
