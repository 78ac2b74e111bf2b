/** The first panel's draft id; further panels open at once get `current-call-2`, `-3`... */
export const FIRST_DRAFT_ID = 'current-call';

const MAX_SLOTS = 16;

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<unknown> | unknown): Promise<unknown>;
}

/**
 * Chooses this panel's current-call draft. Each open panel holds a Web Lock on
 * its draft for as long as it lives; the browser releases it when the panel
 * closes or crashes. So a reopened panel gets its unfinished draft back, and
 * two panels open at the same time never write into the same draft.
 * Without Web Locks (tests) every panel shares the first draft.
 */
export async function claimDraftSlot(
  locks: LockManagerLike | undefined = globalThis.navigator?.locks,
  /** Aborting releases the slot (the panel unmounted); the browser also releases it when the page goes away. */
  release?: AbortSignal,
): Promise<string> {
  if (!locks) return FIRST_DRAFT_ID;
  for (let slot = 1; slot <= MAX_SLOTS; slot++) {
    const draftId = slot === 1 ? FIRST_DRAFT_ID : `${FIRST_DRAFT_ID}-${slot}`;
    const claimed = await new Promise<boolean>((resolve) => {
      void locks.request(`callside-draft:${draftId}`, { ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        resolve(true);
        // Held until released or the page goes away.
        return new Promise<void>((done) => {
          if (release?.aborted) done();
          release?.addEventListener('abort', () => done(), { once: true });
        });
      });
    });
    if (claimed) return draftId;
  }
  return FIRST_DRAFT_ID;
}
