import { type CallsideDatabase, getDatabase } from '../db/database';
import { type Industry, type Language, type Profile, resolveLanguage } from '../settings/settings';

const seededKey = (language: Language, industry: Industry) => `defaultContentSeeded:${language}:${industry}`;

/** The default scripts a profile gets: its industry's, or both for "other". */
export function defaultIndustries(industry: Industry): Exclude<Industry, 'other'>[] {
  return industry === 'other' ? ['car-insurance', 'home-renovation'] : [industry];
}

/**
 * Seeds the default scripts for the profile's language and industry, and the
 * language's objection library, once. A marker in settings records the seeding, so content the rep
 * deleted or edited is never put back; the check and the writes share one
 * transaction, so two pages saving the profile at once seed once.
 */
export async function ensureDefaultContent(
  profile: Pick<Profile, 'language' | 'industry'>,
  db: CallsideDatabase = getDatabase(),
  browserLanguage = 'en',
  now: number = Date.now(),
): Promise<{ seeded: boolean }> {
  const language = resolveLanguage(profile, browserLanguage);
  const key = seededKey(language, profile.industry);
  if (await db.settings.get(key)) return { seeded: false };
  // The default texts load only when seeding is needed, not with every panel.
  const [{ DEFAULT_SCRIPTS, defaultScriptId }, { DEFAULT_OBJECTIONS }, { scriptDocumentSchema }, { toObjectionRecords }] =
    await Promise.all([
      import('./defaults/index'),
      import('../objections/defaults/index'),
      import('./script-model'),
      import('../objections/objection-model'),
    ]);
  const industries = defaultIndustries(profile.industry);
  const scripts = industries.map((industry) => {
    const body = scriptDocumentSchema.parse(DEFAULT_SCRIPTS[language][industry]);
    return { id: defaultScriptId(language, industry), name: body.name, industry, locale: language, body, updatedAt: now };
  });
  // The whole library of the language: objections cross industries more often than scripts do.
  const objections = toObjectionRecords(language, DEFAULT_OBJECTIONS[language], now);
  return db.transaction('rw', [db.settings, db.scripts, db.scriptVersions, db.objections], async () => {
    if (await db.settings.get(key)) return { seeded: false };
    for (const script of scripts) {
      if (await db.scripts.get(script.id)) continue;
      await db.scripts.add(script);
      await db.scriptVersions.add({ id: crypto.randomUUID(), scriptId: script.id, savedAt: now, body: script.body });
    }
    const existing = new Set(await db.objections.where('locale').equals(language).primaryKeys());
    await db.objections.bulkAdd(objections.filter((objection) => !existing.has(objection.id)));
    await db.settings.put({ key, value: { at: now } });
    return { seeded: true };
  });
}
