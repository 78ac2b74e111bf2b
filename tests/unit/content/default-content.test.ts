import { describe, expect, it } from 'vitest';
import { needsDefaultContent, saveProfileAndSeed } from '../../../lib/content/default-content';
import { defaultProfile, type Profile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

const fresh: Profile = { ...defaultProfile('en-US'), language: 'en', industry: 'car-insurance' };

describe('default content, seeded once per trigger', () => {
  it('is due when first run completes and when the language or industry changes, not on other edits', () => {
    const onboarded = { ...fresh, onboardedAt: 1 };
    expect(needsDefaultContent(fresh, { ...fresh, repName: 'Li' }, 'en-US')).toBe(false);
    expect(needsDefaultContent(fresh, onboarded, 'en-US')).toBe(true);
    expect(needsDefaultContent(onboarded, { ...onboarded, repName: 'Li', theme: 'dark' }, 'en-US')).toBe(false);
    expect(needsDefaultContent(onboarded, { ...onboarded, language: 'zh-CN' }, 'en-US')).toBe(true);
    expect(needsDefaultContent(onboarded, { ...onboarded, industry: 'home-renovation' }, 'en-US')).toBe(true);
    // 'auto' resolving to the same language is no change.
    expect(needsDefaultContent(onboarded, { ...onboarded, language: 'auto' }, 'en-US')).toBe(false);
  });

  it('completing first run writes outcomes, scripts and objections before the profile', async () => {
    const db = freshDatabase();
    await saveProfileAndSeed(fresh, { ...fresh, onboardedAt: 5 }, db, 'en-US', 5);
    expect(await db.outcomes.count()).toBe(8);
    expect((await db.scripts.toArray()).map((script) => script.id)).toEqual(['default-en-car-insurance']);
    expect(await db.objections.where('locale').equals('en').count()).toBeGreaterThan(0);
    expect((await db.settings.get('profile'))?.value).toMatchObject({ onboardedAt: 5 });
  });

  it("a language change brings that language's content; what the rep deleted is never put back", async () => {
    const db = freshDatabase();
    const onboarded = { ...fresh, onboardedAt: 5 };
    await saveProfileAndSeed(fresh, onboarded, db, 'en-US', 5);
    await db.scripts.delete('default-en-car-insurance');
    const chinese = { ...onboarded, language: 'zh-CN' as const };
    await saveProfileAndSeed(onboarded, chinese, db, 'en-US', 6);
    expect((await db.scripts.toArray()).map((script) => script.id)).toEqual(['default-zh-CN-car-insurance']);
    await saveProfileAndSeed(chinese, onboarded, db, 'en-US', 7);
    expect(await db.scripts.get('default-en-car-insurance')).toBeUndefined();
  });

  it('an edit that is no trigger writes the profile only', async () => {
    const db = freshDatabase();
    await saveProfileAndSeed(fresh, { ...fresh, repName: 'Li' }, db, 'en-US', 5);
    expect(await db.outcomes.count()).toBe(0);
    expect(await db.scripts.count()).toBe(0);
  });
});
