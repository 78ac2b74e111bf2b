import { describeStorageError } from '../db/storage-errors';
import type { Translate } from '../i18n';

/**
 * A storage failure as the sentence a component shows (disk full, blocked
 * upgrade...). Components get it from here, so none of them reaches into lib/db.
 */
export function storageErrorText(error: unknown, t: Translate): string {
  return describeStorageError(error, t);
}
