import type { CallsideDatabase } from '../db/database';
import { loadProfile, type ProfileLoad } from '../settings/settings';
import { type LiveState, useLiveQuery } from './use-live-query';

/** The rep's profile, live: a change in options shows in an open panel at once. */
export function useProfile(db: CallsideDatabase, browserLanguage: string): LiveState<ProfileLoad> {
  return useLiveQuery(() => loadProfile(browserLanguage, db), [db, browserLanguage]);
}
