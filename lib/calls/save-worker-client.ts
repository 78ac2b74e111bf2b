// The page's side of the save worker (lib/calls/save-worker.ts): one worker per
// panel, started ahead of the first save, each request answered by id. Where
// no worker can start (a test page, a browser that refuses it) or the worker
// dies, the save runs in the page as before: a save never fails for want of a thread.
import type { CallsideDatabase } from '../db/database';
import type { OutcomeRecord } from '../db/records';
import type { CallDraft } from './draft';
import { errorFromData, type FlowSaveResult, type SaveReply, type SaveRequest } from './save-worker-protocol';

export interface FlowSaveOptions {
  outcomes: readonly OutcomeRecord[];
  effectiveSeconds: number;
  now: number;
}

/** Runs the call flow's save transaction somewhere else; undefined when it cannot (the caller runs it in the page). */
export type SaveWorker = (
  draftId: string,
  kept: CallDraft | undefined,
  options: FlowSaveOptions,
  db: CallsideDatabase,
) => Promise<FlowSaveResult> | undefined;

interface Pending {
  resolve(result: FlowSaveResult): void;
  reject(error: Error): void;
}

export function startSaveWorker(
  db: CallsideDatabase,
  create: () => Worker = () => new Worker(new URL('./save-worker.ts', import.meta.url), { type: 'module', name: 'callside-save' }),
): SaveWorker {
  let worker: Worker | undefined;
  try {
    worker = create();
  } catch {
    worker = undefined;
  }
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // A worker that failed to load or crashed answers nothing: its saves and every later one run in the page.
  const retire = () => {
    worker?.terminate();
    worker = undefined;
    for (const { reject } of pending.values()) reject(Object.assign(new Error('The save worker stopped.'), { name: 'WorkerStopped' }));
    pending.clear();
  };
  if (worker) {
    worker.onmessage = ({ data }: MessageEvent<SaveReply>) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if ('result' in data) waiting.resolve(data.result);
      else waiting.reject(errorFromData(data.error));
    };
    worker.onerror = retire;
    worker.onmessageerror = retire;
    worker.postMessage({ open: db.name });
  }
  return (draftId, kept, options, target) => {
    if (!worker) return undefined;
    const id = nextId++;
    const request: SaveRequest = { id, databaseName: target.name, draftId, kept, ...options };
    return new Promise<FlowSaveResult>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker?.postMessage(request);
    });
  };
}
