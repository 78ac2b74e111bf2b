import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { saveCallFromDraft } from '../../../lib/calls/call-flow-steps';
import { DEFAULT_OUTCOMES } from '../../../lib/calls/default-outcomes';
import { patchDraft } from '../../../lib/calls/draft';
import { dayTotals } from '../../../lib/calls/rollups';
import { startSaveWorker } from '../../../lib/calls/save-worker-client';
import { createSaveHandler, type SaveWorkerMessage } from '../../../lib/calls/save-worker-handler';
import { errorFromData, errorToData } from '../../../lib/calls/save-worker-protocol';
import { classifyStorageError } from '../../../lib/db/storage-errors';
import { freshDatabase } from '../../helpers/db';

const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const options = (now: number) => ({ outcomes: DEFAULT_OUTCOMES, effectiveSeconds: 30, now });

/**
 * A stand-in for the browser's Worker: every message is structured-cloned both
 * ways (as postMessage does) and answered later by the worker's real handler,
 * which opens the database on its own connection.
 */
class HandlerWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  received: SaveWorkerMessage[] = [];
  terminated = false;
  constructor(private readonly handle = createSaveHandler()) {}
  postMessage(message: SaveWorkerMessage): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    setTimeout(async () => {
      const reply = await this.handle(copy);
      if (reply && !this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (fake: HandlerWorker) => fake as unknown as Worker;

describe('the save worker', () => {
  it('saves the call on its own connection: the call, the rollup and the emptied draft, stamped with the page clock', async () => {
    const db = freshDatabase();
    const fake = new HandlerWorker();
    const worker = startSaveWorker(db, () => asWorker(fake));
    await patchDraft('d', { startedAt: T0, outcomeId: 'not-interested', notes: 'ring after 6' }, db, T0);
    const saved = await saveCallFromDraft('d', options(T0 + 45_000), db, worker);
    expect(saved).toEqual({ ok: true, value: { deal: false } });
    // The worker did the save: it was opened ahead, then asked once.
    expect(fake.received.map((message) => ('open' in message ? 'open' : 'save'))).toEqual(['open', 'save']);
    const [call] = await db.calls.toArray();
    if (!call) throw new Error('no call stored');
    expect(call).toMatchObject({ endedAt: T0 + 45_000, durationSec: 45, notes: 'ring after 6', updatedAt: T0 + 45_000 });
    expect(await db.drafts.get('d')).toBeUndefined();
    expect(await dayTotals(call.day, db)).toMatchObject({ dials: 1, connects: 1, talkSeconds: 45 });
  });

  it('applies the call flow rule in the worker: a call back without its time is not saved', async () => {
    const db = freshDatabase();
    const worker = startSaveWorker(db, () => asWorker(new HandlerWorker()));
    await patchDraft('d', { startedAt: T0, outcomeId: 'call-back' }, db, T0);
    expect(await saveCallFromDraft('d', options(T0 + 5000), db, worker)).toEqual({ ok: false, error: { code: 'no-follow-up' } });
    expect(await db.calls.count()).toBe(0);
    expect((await db.drafts.get('d'))?.value).toMatchObject({ outcomeId: 'call-back' });
  });

  it('saves in the page when no worker can start', async () => {
    const db = freshDatabase();
    const worker = startSaveWorker(db, () => {
      throw new DOMException('Workers are not allowed here', 'SecurityError');
    });
    await patchDraft('d', { startedAt: T0, outcomeId: 'no-answer' }, db, T0);
    expect((await saveCallFromDraft('d', options(T0 + 1000), db, worker)).ok).toBe(true);
    expect(await db.calls.count()).toBe(1);
  });

  it('a worker that dies mid-save: the save runs in the page, and a save the worker committed is not stored twice', async () => {
    const db = freshDatabase();
    // Commits the save, then dies before it can answer.
    const handle = createSaveHandler();
    const dying = new HandlerWorker(async (message) => {
      await handle(message);
      if (!('open' in message)) queueMicrotask(() => dying.onerror?.(new Event('error')));
      return undefined;
    });
    const worker = startSaveWorker(db, () => asWorker(dying));
    await patchDraft('d', { startedAt: T0, outcomeId: 'no-answer' }, db, T0);
    const first = await saveCallFromDraft('d', options(T0 + 1000), db, worker);
    // The page found the draft already saved: one call, and the rep is told the call is no longer open.
    expect(first).toEqual({ ok: false, error: { code: 'not-started' } });
    expect(await db.calls.count()).toBe(1);
    expect(dying.terminated).toBe(true);
    // From then on every save runs in the page.
    await patchDraft('d', { startedAt: T0 + 60_000, outcomeId: 'no-answer' }, db, T0 + 60_000);
    expect((await saveCallFromDraft('d', options(T0 + 61_000), db, worker)).ok).toBe(true);
    expect(await db.calls.count()).toBe(2);
    expect(dying.received.filter((message) => !('open' in message))).toHaveLength(1);
  });

  it('a storage failure in the worker reaches the page with its cause intact', async () => {
    const full = new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const crossed = errorFromData(structuredClone(errorToData(full)));
    expect(classifyStorageError(crossed)).toBe('disk-full');
    const blocked = errorFromData(structuredClone(errorToData(new Dexie.VersionError('Version mismatch'))));
    expect(classifyStorageError(blocked)).toBe('blocked-upgrade');
    expect(crossed).toBeInstanceOf(Error);
  });
});
