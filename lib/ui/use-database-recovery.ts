import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CallDraft } from '../calls/draft';
import { listKeptDrafts } from '../calls/draft-keeper';
import { CallsideDatabase } from '../db/database';

/** How often a panel that could not open the database tries again. */
export const REOPEN_EVERY_MS = 5_000;

export interface DatabaseRecovery {
  /** Drafts kept aside (extension storage), newest first; undefined while they are read. */
  drafts: CallDraft[] | undefined;
  /** Failed tries since the panel showed the problem. */
  failedTries: number;
  retry(): void;
}

/**
 * While the database cannot be opened: the drafts kept outside it, and a try
 * to open it again every few seconds (and on demand), each with a fresh
 * connection that is closed again. When one succeeds, `onReopened` runs: by
 * default the panel reloads, and its call flow offers the kept draft back
 * (lib/calls/draft.ts reads the newer of the stored and the kept copy).
 */
export function useDatabaseRecovery(
  databaseName: string,
  onReopened: () => void = () => location.reload(),
  everyMs: number = REOPEN_EVERY_MS,
): DatabaseRecovery {
  const [drafts, setDrafts] = useState<CallDraft[]>();
  const [failedTries, setFailedTries] = useState(0);
  const trying = useRef(false);
  const reopened = useRef(onReopened);
  reopened.current = onReopened;

  useEffect(() => {
    let live = true;
    void listKeptDrafts().then((found) => live && setDrafts(found));
    return () => {
      live = false;
    };
  }, []);

  const retry = useCallback(() => {
    // A blocked open waits for the other window: never a second try on top of one still waiting.
    if (trying.current) return;
    trying.current = true;
    const probe = new CallsideDatabase(databaseName);
    // Opened and read as the panel first reads it (its profile): an open alone can succeed where every read fails.
    probe
      .open()
      .then(() => probe.settings.get('profile'))
      .then(() => {
        probe.close();
        reopened.current();
      })
      .catch(() => {
        probe.close();
        setFailedTries((count) => count + 1);
      })
      .finally(() => {
        trying.current = false;
      });
  }, [databaseName]);

  useEffect(() => {
    const timer = setInterval(retry, everyMs);
    return () => clearInterval(timer);
  }, [retry, everyMs]);

  return { drafts, failedTries, retry };
}
