import { useState } from 'preact/hooks';
import type { CallsideDatabase } from '../db/database';
import type { CallRecord } from '../db/records';
import type { Translate } from '../i18n';
import type { Industry } from '../settings/settings';
import { markPolicy, type PolicyState } from '../targets/month-calls';
import { storageErrorText } from './storage-error-text';

export interface PolicyMarks {
  /** Off for industries without 受理 → 承保: the log and follow-ups then show no policy controls. */
  enabled: boolean;
  /** A failed write, as the sentence to show. */
  error?: string;
  mark(call: CallRecord, next: PolicyState): void;
}

/**
 * Marking a deal issued, declined or back to awaiting from the call log or a
 * follow-up, through lib/targets so the customer counts (issued customers,
 * issued premium, 承保率) move in the same transaction. The views are live
 * queries, so the new state shows without a reload.
 */
export function usePolicyMarks(db: CallsideDatabase, industry: Industry | undefined, now: () => number, t: Translate): PolicyMarks {
  const [error, setError] = useState<string>();
  return {
    enabled: industry === 'car-insurance',
    error,
    mark: (call, next) => {
      setError(undefined);
      void markPolicy(call.id, next, now(), db).catch((failure: unknown) => setError(storageErrorText(failure, t)));
    },
  };
}
