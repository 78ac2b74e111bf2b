import { seedDefaultContent } from '../../lib/content/default-content';
import type { CallsideDatabase } from '../../lib/db/database';
import { loadProfile, saveProfile } from '../../lib/settings/settings';
import { freshDatabase } from './db';

/** A fresh database of an English home-renovation rep who has finished first run, with the default content seeded at `now`. */
export async function onboardedRepDatabase(rep: { repId: string; repName: string; team?: string }, now: number): Promise<CallsideDatabase> {
  const db = freshDatabase();
  const { profile } = await loadProfile('en', db);
  await saveProfile({ ...profile, ...rep, language: 'en', industry: 'home-renovation' }, db);
  await seedDefaultContent({ language: 'en', industry: 'home-renovation' }, db, 'en', now);
  return db;
}
