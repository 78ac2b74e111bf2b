// Default content is seeded here, once, on two triggers: when first run
// completes and when the rep changes language or industry (both go through
// saveProfileAndSeed). Screens never seed: they show what is stored.
import { seedDefaultOutcomes } from '../calls/outcomes';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { ensureDefaultContent } from '../scripts/default-content';
import { type Profile, resolveLanguage, saveProfile } from '../settings/settings';
import { seedCalendar } from '../targets/calendar-store';

/**
 * The outcomes, the scripts of the profile's language and industry, that
 * language's objection library and its working-day calendar. Each part keeps
 * its own "seeded" marker, so what the rep deleted or edited is never put back.
 */
export async function seedDefaultContent(
  profile: Pick<Profile, 'language' | 'industry'>,
  db: CallsideDatabase = getDatabase(),
  browserLanguage = 'en',
  now: number = Date.now(),
): Promise<void> {
  await seedDefaultOutcomes(db);
  await ensureDefaultContent(profile, db, browserLanguage, now);
  await seedCalendar(resolveLanguage(profile, browserLanguage), db);
}

/** Whether saving `next` over `previous` is a trigger: first run just completed, or the language or industry changed. */
export function needsDefaultContent(previous: Profile, next: Profile, browserLanguage: string): boolean {
  if (next.onboardedAt === undefined) return false;
  if (previous.onboardedAt === undefined) return true;
  return resolveLanguage(previous, browserLanguage) !== resolveLanguage(next, browserLanguage) || previous.industry !== next.industry;
}

/**
 * Saves the profile with its default content when that is due (see
 * needsDefaultContent). The content is written first, so the panel that the
 * saved profile opens already has its outcomes and scripts.
 */
export async function saveProfileAndSeed(
  previous: Profile,
  next: Profile,
  db: CallsideDatabase = getDatabase(),
  browserLanguage = 'en',
  now: number = Date.now(),
): Promise<Profile> {
  if (needsDefaultContent(previous, next, browserLanguage)) await seedDefaultContent(next, db, browserLanguage, now);
  return saveProfile(next, db);
}
