/**
 * Why the panel could not read the tab beside it, in terms the rep can act on:
 * - no-tab: no tab beside the panel (all closed, a popped-out window);
 * - no-access: a web page Callside has no permission for yet (toolbar button, shortcut or "Enable on this site");
 * - restricted: a browser page (settings, new tab, extension store) no extension may read;
 * - error-page: the tab shows the browser's own error page (the CRM did not load);
 * - loading: the tab is still loading;
 * - not-answering: the reader was injected but did not answer (a frozen or very busy page);
 * - denied: the rep declined the site permission prompt;
 * - other: anything else, shown with the browser's own words.
 */
export type ReadFailure = 'no-tab' | 'no-access' | 'restricted' | 'error-page' | 'loading' | 'not-answering' | 'denied' | 'other';

export const READ_FAILURES: readonly ReadFailure[] = [
  'no-tab',
  'no-access',
  'restricted',
  'error-page',
  'loading',
  'not-answering',
  'denied',
  'other',
];

/** Failures the rep can fix by granting Callside this site. */
export const fixedBySiteAccess = (failure: ReadFailure): boolean => failure === 'no-access' || failure === 'denied';

/**
 * Sorts an error into a failure. Page-link errors are already codes; the
 * browser's own error text is worded differently by Chrome and Firefox (and
 * changes now and then), so it is matched loosely, falling back to 'other'.
 */
export function classifyReadFailure(reason: string): ReadFailure {
  if ((READ_FAILURES as readonly string[]).includes(reason)) return reason as ReadFailure;
  if (reason === 'no tab') return 'no-tab';
  if (/error page/i.test(reason)) return 'error-page';
  if (
    /chrome:\/\/|chrome-extension:\/\/|moz-extension:\/\/|about:|edge:\/\/|view-source:|extensions gallery|webstore|addons\.mozilla|cannot be scripted|privileged|restricted/i.test(
      reason,
    )
  ) {
    return 'restricted';
  }
  if (/cannot access|missing host permission|permission to access|host permission|receiving end does not exist/i.test(reason))
    return 'no-access';
  if (/permission denied|not granted/i.test(reason)) return 'denied';
  return 'other';
}
