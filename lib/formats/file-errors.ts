import type { MessageKey, Translate } from '../i18n';
import type { FileError, FileErrorCode } from './envelope';

export type { FileError, FileErrorCode };

/**
 * A refused file in the rep's language. A domain may word some codes its own
 * way (`own`: code -> key, given the same params); the rest use the shared
 * `file.error.*` messages.
 */
export function describeFileError(error: FileError, t: Translate, own: Partial<Record<FileErrorCode, MessageKey>> = {}): string {
  const params = { ...error.params, detail: error.detail ?? error.params?.detail ?? '' };
  return t(own[error.code] ?? `file.error.${error.code}`, params);
}
