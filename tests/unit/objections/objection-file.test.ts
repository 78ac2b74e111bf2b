import { describe, expect, it } from 'vitest';
import { exportObjections, importObjections, objectionsFileName } from '../../../lib/objections/objection-file';
import { listObjections, saveObjection } from '../../../lib/objections/objection-repository';
import { freshDatabase } from '../../helpers/db';

const price = {
  id: 'team-price',
  category: 'price',
  locale: 'zh-CN',
  title: '价格太高',
  keywords: ['贵', 'jg'],
  rebuttals: [{ id: 'team-price-r1', text: '我们可以分期。' }],
  updatedAt: 1,
};

describe('callside.objections v1', () => {
  it("moves one language's library to another machine with its ids", async () => {
    const source = freshDatabase();
    await saveObjection(price, source, 10);
    await saveObjection({ ...price, id: 'en-one', locale: 'en', title: 'Too expensive' }, source, 10);
    const text = await exportObjections('zh-CN', 50, source);
    expect(JSON.parse(text)).toMatchObject({ format: 'callside.objections', version: 1, exportedAt: 50, locale: 'zh-CN' });

    const target = freshDatabase();
    expect(await importObjections(text, 99, target)).toEqual({ ok: true, value: { locale: 'zh-CN', added: 1, updated: 0 } });
    expect(await listObjections('zh-CN', target)).toEqual([{ ...price, updatedAt: 99 }]);
    expect(await listObjections('en', target)).toEqual([]);
  });

  it('updates an objection it already has instead of adding a copy', async () => {
    const db = freshDatabase();
    await saveObjection(price, db, 10);
    const edited = await exportObjections('zh-CN', 50, db);
    const file = JSON.parse(edited);
    file.objections[0].title = '太贵了';
    expect(await importObjections(JSON.stringify(file), 60, db)).toMatchObject({ ok: true, value: { added: 0, updated: 1 } });
    expect((await listObjections('zh-CN', db)).map((objection) => objection.title)).toEqual(['太贵了']);
  });

  it('refuses a bad file whole, changing nothing', async () => {
    const db = freshDatabase();
    await saveObjection(price, db, 10);
    const file = JSON.parse(await exportObjections('zh-CN', 50, db));
    const twice = { ...file, objections: [file.objections[0], { ...file.objections[0], id: 'new-one', rebuttals: [] }] };
    expect(await importObjections(JSON.stringify(twice), 60, db)).toMatchObject({
      ok: false,
      error: { code: 'invalid', params: { field: 'objections.1.rebuttals' } },
    });
    const duplicate = { ...file, objections: [file.objections[0], file.objections[0]] };
    expect(await importObjections(JSON.stringify(duplicate), 60, db)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await importObjections(JSON.stringify({ ...file, format: 'callside.script' }), 60, db)).toMatchObject({
      error: { code: 'wrong-format' },
    });
    expect(await listObjections('zh-CN', db)).toEqual([{ ...price, updatedAt: 10 }]);
  });

  it('names the file by the local day', () => {
    expect(objectionsFileName('en', new Date(2026, 0, 2, 0, 30).getTime())).toBe('callside-objections-en-2026-01-02.json');
  });
});
