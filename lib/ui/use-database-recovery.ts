import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CallDraft } from '../calls/draft';
import { listKeptDrafts } from '../calls/draft-keeper';
import { CallsideDatabase } from '../db/database';

/** How often a panel that could not open the database tries again. */
export const REOPEN_EVERY_MS = 5_000;

/** A database that has not opened after this long is waiting on something (a blocked upgrade, a full disk). */
export const SLOW_OPEN_MS = 3_000;

/** True once `loading` has lasted SLOW_OPEN_MS: the panel then shows the kept call instead of nothing. */
export function useSlowLoading(loading: boolean, afterMs: number = SLOW_OPEN_MS): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [loading, afterMs]);
  return loading && slow;
}

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
  // A try still waiting when the panel has recovered on its own (the first open got through) changes nothing.
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

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
        if (mounted.current) reopened.current();
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
