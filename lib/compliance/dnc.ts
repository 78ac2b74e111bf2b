import { type CallsideDatabase, getDatabase } from '../db/database';
import type { DncEntry } from '../db/records';
import { addDncEntries, isHashOnDnc } from './dnc-store';

// The do-not-call list keeps only hashes of E.164 numbers: a lost laptop or an
// exported list does not reveal who asked not to be called.
export const DNC_SALT = 'callside-dnc-v1:';

export async function hashPhone(phoneE164: string): Promise<string> {
  const bytes = new TextEncoder().encode(DNC_SALT + phoneE164);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function addToDnc(
  phoneE164: string,
  source: DncEntry['source'],
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<void> {
  const hash = await hashPhone(phoneE164);
  await addDncEntries([{ hash, addedAt: now, source }], db);
}

export async function isOnDnc(phoneE164: string, db: CallsideDatabase = getDatabase()): Promise<boolean> {
  return isHashOnDnc(await hashPhone(phoneE164), db);
}
