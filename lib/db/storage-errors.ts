import type { Translate } from '../i18n';

/** Turns a Dexie/IndexedDB failure into a message that tells the rep what to do. */
export function describeStorageError(error: unknown, t: Translate): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return t('error.quota');
  if (name === 'VersionChangeError' || name === 'DatabaseClosedError' || name === 'BlockedError' || inner === 'VersionError')
    return t('error.blocked');
  const message = error instanceof Error ? error.message : String(error);
  return t('error.storage', { message });
}
