import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_COMPLIANCE } from '../../../lib/compliance/compliance-settings';
import { checkBeforeDial } from '../../../lib/compliance/guard';
import { freshDatabase } from '../../helpers/db';

// The do-not-call lookup answers only when the test lets it, as a slow read on a busy machine would.
const lookup = vi.hoisted(() => ({ release: undefined as (() => void) | undefined }));
vi.mock('../../../lib/compliance/dnc', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/compliance/dnc')>();
  return {
    ...actual,
    isOnDnc: async (...args: Parameters<typeof actual.isOnDnc>) => {
      await new Promise<void>((resolve) => {
        lookup.release = resolve;
      });
      return actual.isOnDnc(...args);
    },
  };
});

describe('the pre-dial guard', () => {
  it("sends every read its rules need at once: the number's history is read while the do-not-call lookup is still out", async () => {
    const db = freshDatabase();
    const historyRead = vi.spyOn(db.calls, 'where');
    const allOn = {
      ...DEFAULT_COMPLIANCE,
      dnc: { enabled: true },
      dailyCap: { enabled: true, max: 3 },
      burst: { enabled: true, dials: 20, minutes: 30 },
    };
    const checked = checkBeforeDial({ phoneE164: '+8613800138000', at: new Date(2026, 11, 2, 10).getTime() }, db, allOn);
    await vi.waitFor(() => expect(lookup.release).toBeDefined());
    // The lookup has not answered, and the history and burst reads are already on their way.
    await vi.waitFor(() => expect(historyRead).toHaveBeenCalled());
    lookup.release?.();
    expect(await checked).toEqual([]);
  });
});
