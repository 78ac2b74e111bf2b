import { describe, expect, it } from 'vitest';
import { ensureDefaultContent } from '../../../lib/scripts/default-content';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts/defaults/index';
import { scriptDocumentSchema } from '../../../lib/scripts/script-model';
import {
  importScriptFile,
  listScripts,
  listScriptVersions,
  loadScript,
  parseScriptFile,
  restoreScriptVersion,
  saveScript,
  scriptFileText,
} from '../../../lib/scripts/script-repository';
import { freshDatabase } from '../../helpers/db';

const carEn = () => scriptDocumentSchema.parse(DEFAULT_SCRIPTS.en['car-insurance']);

describe('script storage', () => {
  it('keeps a version for every save and restores an older one as a new save', async () => {
    const db = freshDatabase();
    await saveScript('s1', carEn(), db, 1000);
    await saveScript('s1', { ...carEn(), name: 'Renamed' }, db, 2000);
    const versions = await listScriptVersions('s1', db);
    expect(versions.map((version) => version.savedAt)).toEqual([2000, 1000]);
    await restoreScriptVersion(versions[1]!.id, db, 3000);
    const stored = await loadScript('s1', db);
    expect(stored?.ok && stored.document.name).toBe('Car insurance renewal (default)');
    expect(await listScriptVersions('s1', db)).toHaveLength(3);
  });

  it('refuses to save an invalid script and writes nothing', async () => {
    const db = freshDatabase();
    await expect(saveScript('s1', { ...carEn(), startNodeId: 'missing' }, db)).rejects.toThrow();
    expect(await db.scripts.count()).toBe(0);
    expect(await db.scriptVersions.count()).toBe(0);
  });

  it('reports a stored body that fails validation instead of hiding it', async () => {
    const db = freshDatabase();
    await db.scripts.put({ id: 'bad', name: 'Bad', industry: 'other', locale: 'en', body: { format: 'callside.script' }, updatedAt: 1 });
    const [stored] = await listScripts(db);
    expect(stored?.ok).toBe(false);
  });
});

describe('script files', () => {
  it('round-trips through export and import', async () => {
    const db = freshDatabase();
    const text = scriptFileText(carEn());
    expect(JSON.parse(text)).toMatchObject({ format: 'callside.script', version: 1 });
    const imported = await importScriptFile(text, db, 5);
    expect(imported.ok).toBe(true);
    const stored = await listScripts(db);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.ok && stored[0].document).toEqual(carEn());
  });

  it('rejects other formats, unknown versions, bad JSON and broken scripts by name', () => {
    // Typed codes, worded by the options page in the UI language.
    expect(parseScriptFile('{')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(parseScriptFile(JSON.stringify({ format: 'callside.backup', version: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'wrong-format', params: { format: 'callside.backup', expected: 'callside.script' } },
    });
    expect(parseScriptFile(JSON.stringify({ ...carEn(), version: 9 }))).toMatchObject({
      ok: false,
      error: { code: 'newer-version', params: { version: '9', newest: 1 } },
    });
    expect(parseScriptFile(JSON.stringify({ ...carEn(), version: '1' }))).toMatchObject({
      ok: false,
      error: { code: 'unknown-version', params: { version: '1' } },
    });
    expect(parseScriptFile(JSON.stringify({ ...carEn(), nodes: [] }))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(parseScriptFile('x'.repeat(1_000_001))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

describe('ensureDefaultContent', () => {
  it('seeds the language and industry once, and never restores what the rep deleted', async () => {
    const db = freshDatabase();
    const profile = { language: 'zh-CN' as const, industry: 'car-insurance' as const };
    await expect(ensureDefaultContent(profile, db)).resolves.toEqual({ seeded: true });
    const scripts = await db.scripts.toArray();
    expect(scripts.map((script) => [script.locale, script.industry])).toEqual([['zh-CN', 'car-insurance']]);
    const objections = await db.objections.where('locale').equals('zh-CN').count();
    expect(objections).toBeGreaterThanOrEqual(20);
    expect(await db.scriptVersions.count()).toBe(1);

    await db.scripts.clear();
    await Promise.all([ensureDefaultContent(profile, db), ensureDefaultContent(profile, db)]);
    expect(await db.scripts.count()).toBe(0);
    expect(await db.objections.count()).toBe(objections);
  });

  it('adds the other industry on top when the profile changes, without duplicates', async () => {
    const db = freshDatabase();
    await ensureDefaultContent({ language: 'en', industry: 'car-insurance' }, db);
    const before = await db.objections.count();
    await ensureDefaultContent({ language: 'en', industry: 'home-renovation' }, db);
    expect((await db.scripts.toArray()).map((script) => script.industry).sort()).toEqual(['car-insurance', 'home-renovation']);
    expect(await db.objections.count()).toBe(before);
    const ids = (await db.objections.toArray()).map((objection) => objection.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows the browser language when the profile says auto', async () => {
    const db = freshDatabase();
    await ensureDefaultContent({ language: 'auto', industry: 'other' }, db, 'zh-CN');
    expect((await db.scripts.toArray()).map((script) => script.locale)).toEqual(['zh-CN', 'zh-CN']);
  });
});
