import { useEffect, useState } from 'preact/hooks';
import { claimDraftSlot } from './draft-slot';

/** This panel's current-call draft id, once claimed (see claimDraftSlot). */
export function useDraftSlot(): string | undefined {
  const [draftId, setDraftId] = useState<string>();
  useEffect(() => {
    const release = new AbortController();
    void claimDraftSlot(undefined, release.signal).then((draftId) => {
      if (!release.signal.aborted) setDraftId(draftId);
    });
    return () => release.abort();
  }, []);
  return draftId;
}
