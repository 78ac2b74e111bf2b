import { describe, expect, it } from 'vitest';
import { classifyReadFailure, fixedBySiteAccess, READ_FAILURES } from '../../../lib/page-reader/read-errors';

describe('read failures', () => {
  it('tells a tab Callside may not read yet from a browser page and from other failures', () => {
    expect(classifyReadFailure('no tab')).toBe('no-tab');
    expect(
      classifyReadFailure('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'),
    ).toBe('no-access');
    expect(classifyReadFailure('Missing host permission for the tab')).toBe('no-access');
    expect(classifyReadFailure('Cannot access a chrome:// URL')).toBe('restricted');
    expect(classifyReadFailure('The extensions gallery cannot be scripted.')).toBe('restricted');
    expect(classifyReadFailure('Frame with ID 0 is showing error page')).toBe('error-page');
    expect(classifyReadFailure('malformed page response: name too long')).toBe('other');
  });

  it('keeps the codes the page link already chose', () => {
    for (const failure of READ_FAILURES) expect(classifyReadFailure(failure)).toBe(failure);
  });

  it('offers site access only where granting the site fixes the read', () => {
    expect(READ_FAILURES.filter(fixedBySiteAccess)).toEqual(['no-access', 'denied']);
  });
});
