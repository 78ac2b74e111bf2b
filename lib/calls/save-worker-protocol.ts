// What the panel and its save worker (lib/calls/save-worker.ts) send each
// other. Only data crosses: the worker applies the call flow's own rule
// (problemBeforeSave) itself, and an error comes back as its chain of names
// and messages, which is all lib/db/storage-errors.ts needs to name the cause.
import type { CallRecord, OutcomeRecord } from '../db/records';
import type { Result } from '../result';
import type { FlowProblem } from './call-flow';
import type { CallDraft } from './draft';
import type { SaveCallCode } from './save-transaction';

export interface SaveRequest {
  id: number;
  databaseName: string;
  draftId: string;
  /** A copy of the draft kept aside while the disk was full (extension storage is the page's, not the worker's). */
  kept: CallDraft | undefined;
  outcomes: readonly OutcomeRecord[];
  effectiveSeconds: number;
  /** The page's clock, so a call is stamped with the time the rep sees (and a test's pinned clock holds). */
  now: number;
}

export type FlowSaveResult = Result<CallRecord, SaveCallCode | FlowProblem['code']>;

/** An error as data: its name, message and what it wraps (Dexie's `inner`, `cause`, a bulk write's `failures`). */
export interface ErrorData {
  name: string;
  message: string;
  inner?: ErrorData;
  cause?: ErrorData;
  failures?: ErrorData[];
}

export type SaveReply = { id: number; result: FlowSaveResult } | { id: number; error: ErrorData };

export function errorToData(error: unknown, depth = 0): ErrorData {
  if (typeof error !== 'object' || error === null) return { name: 'Error', message: String(error) };
  const link = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const data: ErrorData = { name: String(link.name ?? 'Error'), message: String(link.message ?? '') };
  if (depth >= 5) return data;
  if (link.inner) data.inner = errorToData(link.inner, depth + 1);
  if (link.cause) data.cause = errorToData(link.cause, depth + 1);
  if (Array.isArray(link.failures)) data.failures = link.failures.slice(0, 10).map((failure) => errorToData(failure, depth + 1));
  return data;
}

/** Back to an Error with the same name, message and chain. */
export function errorFromData(data: ErrorData): Error {
  const error = new Error(data.message);
  error.name = data.name;
  if (data.inner) Object.assign(error, { inner: errorFromData(data.inner) });
  if (data.cause) Object.defineProperty(error, 'cause', { value: errorFromData(data.cause) });
  if (data.failures) Object.assign(error, { failures: data.failures.map(errorFromData) });
  return error;
}
