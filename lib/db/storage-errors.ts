import type { Translate } from '../i18n';

/**
 * What went wrong with storage, by cause, so the rep is told what to do:
 * - disk-full: the disk or the browser's storage quota is full (free space, try again);
 * - blocked-upgrade: another Callside window holds the old database version open (close it, reload);
 * - closed: the connection is gone (reload);
 * - unknown: anything else (the browser's own message is shown).
 */
export type StorageErrorCause = 'disk-full' | 'blocked-upgrade' | 'closed' | 'unknown';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The error and everything it wraps: Dexie's `inner`, `cause`, and a bulk write's `failures`. */
function errorChain(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const link = error as ErrorLike;
  const failures = Array.isArray(link.failures) ? link.failures : [];
  return [
    link,
    ...errorChain(link.inner, depth + 1),
    ...errorChain(link.cause, depth + 1),
    ...failures.flatMap((f) => errorChain(f, depth + 1)),
  ];
}

// Chromium reports a full disk (as opposed to the quota) as an UnknownError from
// its backing store, or as a failed write to it, never as a version problem.
const DISK_MESSAGE = /quota|disk|no space|not enough space|backing store|write failed|FILE_ERROR_NO_SPACE/i;

export function classifyStorageError(error: unknown): StorageErrorCause {
  const chain = errorChain(error);
  const names = chain.map((link) => String(link.name ?? ''));
  const messages = chain.map((link) => String(link.message ?? ''));
  // The disk first: a full disk also makes Dexie close the database and abort transactions.
  if (names.includes('QuotaExceededError')) return 'disk-full';
  if (
    names.some((name) => name === 'UnknownError' || name === 'AbortError' || name === 'OpenFailedError') &&
    messages.some((message) => DISK_MESSAGE.test(message))
  )
    return 'disk-full';
  if (names.some((name) => name === 'VersionError' || name === 'BlockedError' || name === 'VersionChangeError')) return 'blocked-upgrade';
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) return 'closed';
  return 'unknown';
}

/** Turns a Dexie/IndexedDB failure into a message that names its cause and tells the rep what to do. */
export function describeStorageError(error: unknown, t: Translate): string {
  switch (classifyStorageError(error)) {
    case 'disk-full':
      return t('error.quota');
    case 'blocked-upgrade':
      return t('error.blocked');
    case 'closed':
      return t('error.closed');
    case 'unknown': {
      // Dexie's message repeats the wrapped error's ("… NotFoundError: …"): the innermost one says it once.
      const innermost = errorChain(error).findLast((link) => typeof link.message === 'string' && link.message !== '');
      const message = typeof innermost?.message === 'string' ? innermost.message : String(error);
      // The sentence adds its own full stop.
      return t('error.storage', { message: message.slice(0, 300).replace(/[.\s]+$/, '') });
    }
  }
}

/** Less free room than this, by the browser's own storage estimate, means the disk is full. */
const NEARLY_FULL_BYTES = 8 * 1024 * 1024;

type Estimate = () => Promise<{ quota?: number; usage?: number }>;
const browserEstimate: Estimate | undefined = globalThis.navigator?.storage?.estimate?.bind(globalThis.navigator.storage);

/**
 * Chromium reports a write that failed on a full disk as a bare "UnknownError"
 * (no quota error, no message about the disk). When a write fails that way,
 * this asks the browser how much room is left: with (almost) none, the error
 * is re-thrown as the QuotaExceededError it really is, the original as its cause.
 */
export async function explainStorageFailure(error: unknown, estimate: Estimate | undefined = browserEstimate): Promise<unknown> {
  if (classifyStorageError(error) !== 'unknown' || !estimate) return error;
  const names = errorChain(error).map((link) => String(link.name ?? ''));
  if (!names.some((name) => name === 'UnknownError' || name === 'AbortError')) return error;
  try {
    const { quota, usage } = await estimate();
    if (quota === undefined || usage === undefined || quota - usage > NEARLY_FULL_BYTES) return error;
  } catch {
    return error;
  }
  const full = new DOMException('The disk is full: the browser has no room left to store data.', 'QuotaExceededError');
  Object.defineProperty(full, 'cause', { value: error });
  return full;
}
