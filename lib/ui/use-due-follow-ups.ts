import { useEffect, useState } from 'preact/hooks';
import { completeFollowUp, listDueFollowUps, snoozeFollowUp } from '../calls/follow-ups';
import type { CallRecord } from '../db/records';
import type { Translate } from '../i18n';
import type { PanelServices } from './panel-services';
import { storageErrorText } from './storage-error-text';
import { useLiveQuery } from './use-live-query';

export interface DueFollowUps {
  calls: readonly CallRecord[] | undefined;
  /** A failed read or write, as the sentence to show. */
  error?: string;
  snooze(callId: string): void;
  done(callId: string): void;
}

/** Follow-ups due today or overdue, live, re-read each minute so an upcoming one turns overdue on time. */
export function useDueFollowUps(services: PanelServices, t: Translate): DueFollowUps {
  const { db } = services;
  const [writeError, setWriteError] = useState<string>();
  const [minute, setMinute] = useState(() => Math.floor(services.now() / 60_000));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(services.now() / 60_000)), 30_000);
    return () => clearInterval(timer);
  }, [services]);
  const state = useLiveQuery(() => listDueFollowUps(services.now(), db), [db, minute]);
  const run = (work: Promise<unknown>) => void work.catch((failure: unknown) => setWriteError(storageErrorText(failure, t)));
  return {
    calls: state.status === 'ready' ? state.value : undefined,
    error: state.status === 'error' ? storageErrorText(state.error, t) : writeError,
    snooze: (callId) => run(snoozeFollowUp(callId, services.now(), undefined, db)),
    done: (callId) => run(completeFollowUp(callId, services.now(), db)),
  };
}
