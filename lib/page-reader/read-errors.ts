/** Why the panel could not read the tab beside it, in terms the rep can act on. */
export type ReadFailure = 'no-tab' | 'no-access' | 'restricted' | 'other';

/**
 * Sorts the browser's error text. Chrome and Firefox word these differently
 * and change the wording now and then, so this matches loosely and falls back
 * to showing the raw reason.
 */
export function classifyReadFailure(reason: string): ReadFailure {
  if (reason === 'no tab') return 'no-tab';
  if (/chrome:\/\/|chrome-extension:\/\/|about:|edge:\/\/|extensions gallery|webstore|cannot be scripted|privileged/i.test(reason)) {
    return 'restricted';
  }
  if (/cannot access|missing host permission|permission to access|receiving end does not exist/i.test(reason)) return 'no-access';
  return 'other';
}
