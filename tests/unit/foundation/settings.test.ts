import { getCountries } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { loadProfile, PHONE_REGIONS, pickLanguage, resolveLanguage, saveProfile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

describe('profile settings', () => {
  it('defaults follow the browser language', async () => {
    const db = freshDatabase();
    const zh = await loadProfile('zh-CN', db);
    expect(zh.ok && zh.stored).toBe(false);
    expect(zh.profile.defaultRegion).toBe('CN');
    expect(zh.profile.industry).toBe('car-insurance');
    expect((await loadProfile('en-GB', db)).profile.defaultRegion).toBe('US');
    expect(pickLanguage('zh-TW')).toBe('zh-CN');
    expect(resolveLanguage({ language: 'en' }, 'zh-CN')).toBe('en');
  });

  it('saves a valid profile and reads it back', async () => {
    const db = freshDatabase();
    const { profile } = await loadProfile('en-US', db);
    await saveProfile({ ...profile, repName: '  Alex  ', team: 'North', language: 'zh-CN' }, db);
    const loaded = await loadProfile('en-US', db);
    expect(loaded.ok && loaded.stored).toBe(true);
    expect(loaded.profile.repName).toBe('Alex');
    expect(loaded.profile.language).toBe('zh-CN');
  });

  it('rejects invalid input and writes nothing', async () => {
    const db = freshDatabase();
    const { profile } = await loadProfile('en-US', db);
    await expect(saveProfile({ ...profile, defaultRegion: 'usa' }, db)).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('accepts only phone regions libphonenumber can read numbers in', async () => {
    const db = freshDatabase();
    const { profile } = await loadProfile('en-US', db);
    await expect(saveProfile({ ...profile, defaultRegion: 'ZZ' }, db)).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
    await saveProfile({ ...profile, defaultRegion: 'GB' }, db);
    expect((await loadProfile('en-US', db)).profile.defaultRegion).toBe('GB');
    expect([...PHONE_REGIONS].sort()).toEqual([...getCountries()].sort());
  });

  it('keeps a corrupt stored profile untouched and reports it', async () => {
    const db = freshDatabase();
    await db.settings.put({ key: 'profile', value: { theme: 'neon', repName: 42 } });
    const loaded = await loadProfile('en-US', db);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatchObject({ code: 'invalid', detail: expect.stringMatching(/theme|repName/) });
    expect((await db.settings.get('profile'))?.value).toEqual({ theme: 'neon', repName: 42 });
  });
});
