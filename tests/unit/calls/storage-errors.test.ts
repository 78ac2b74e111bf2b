import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { patchDraft } from '../../../lib/calls/draft';
import { classifyStorageError, describeStorageError, explainStorageFailure } from '../../../lib/db/storage-errors';
import { createTranslator } from '../../../lib/i18n';
import { freshDatabase } from '../../helpers/db';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage errors are named by their cause', () => {
  it.each([
    ['a QuotaExceededError', quota(), 'disk-full'],
    ['an AbortError wrapping QuotaExceededError (Dexie)', new Dexie.AbortError('Transaction aborted', quota()), 'disk-full'],
    ['a bulk write whose failures are quota errors', new Dexie.BulkError('1 of 1 failed', [quota()]), 'disk-full'],
    ['a database closed after the disk filled', new Dexie.DatabaseClosedError(new Dexie.AbortError('aborted', quota())), 'disk-full'],
    [
      'a full disk under Chromium (backing store)',
      new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
      'disk-full',
    ],
    [
      'an open that failed on the backing store',
      new Dexie.OpenFailedError(new DOMException('Internal error opening backing store', 'UnknownError')),
      'disk-full',
    ],
    ['a VersionError', new Dexie.VersionError('newer version open'), 'blocked-upgrade'],
    ['an upgrade blocked by another window', new Dexie.OpenFailedError(new DOMException('blocked', 'VersionError')), 'blocked-upgrade'],
    ['a VersionChangeError', new Dexie.VersionChangeError('Database version changed by other database connection'), 'blocked-upgrade'],
    ['a closed database', new Dexie.DatabaseClosedError('Database has been closed'), 'closed'],
    ['an InvalidStateError (connection closing)', new DOMException('The database connection is closing.', 'InvalidStateError'), 'closed'],
    ['a plain bug', new TypeError('x is undefined'), 'unknown'],
    ['not even an error', 'weird', 'unknown'],
  ])('%s -> %s', (_label, error, cause) => {
    expect(classifyStorageError(error)).toBe(cause);
  });

  it('tells the rep what to do, in both languages, and a full disk never reads as a version problem', () => {
    const en = createTranslator('en');
    const zh = createTranslator('zh-CN');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota());
    expect(describeStorageError(wrapped, en)).toMatch(/disk is full.*Free some disk space.*draft is kept/);
    expect(describeStorageError(wrapped, en)).not.toMatch(/older|version/i);
    expect(describeStorageError(wrapped, zh)).toContain('磁盘已满');
    expect(describeStorageError(new Dexie.VersionError('v'), en)).toMatch(/another Callside window.*Close/);
    expect(describeStorageError(new Dexie.DatabaseClosedError('closed'), en)).toMatch(/closed.*Reload/);
    expect(describeStorageError(new TypeError('x is undefined'), en)).toBe(
      'Storage problem: x is undefined. Reload the page; if it happens again, restart the browser.',
    );
    // Dexie repeats a wrapped error's message in its own: the rep reads it once, with one full stop.
    const inner = new DOMException('One of the specified object stores was not found.', 'NotFoundError');
    const opening = new Dexie.OpenFailedError(`Failed to open. NotFoundError: ${inner.message}`, inner);
    expect(describeStorageError(opening, en)).toBe(
      'Storage problem: One of the specified object stores was not found. Reload the page; if it happens again, restart the browser.',
    );
  });

  it('names a quota failure inside a real Dexie transaction as a full disk', async () => {
    const db = freshDatabase();
    db.drafts.hook('creating', () => {
      throw quota();
    });
    const failure = await patchDraft('d', { notes: 'x' }, db, 1).catch((error: unknown) => error);
    expect(classifyStorageError(failure)).toBe('disk-full');
  });
});

describe('a bare UnknownError on a full disk', () => {
  const unknown = () => new Dexie.AbortError('Transaction aborted', new DOMException('Unknown error', 'UnknownError'));

  it('is re-thrown as a full disk when the browser has no room left', async () => {
    const explained = await explainStorageFailure(unknown(), async () => ({ quota: 120_000_000, usage: 119_500_000 }));
    expect(classifyStorageError(explained)).toBe('disk-full');
    expect((explained as { cause?: unknown }).cause).toBeInstanceOf(Dexie.AbortError);
  });

  it('stays unknown when there is room, or when no estimate can be had', async () => {
    expect(classifyStorageError(await explainStorageFailure(unknown(), async () => ({ quota: 1e10, usage: 1e6 })))).toBe('unknown');
    expect(
      classifyStorageError(
        await explainStorageFailure(unknown(), async () => {
          throw new Error('no estimate');
        }),
      ),
    ).toBe('unknown');
    // Not a storage failure at all: never reworded.
    const bug = new TypeError('x is undefined');
    expect(await explainStorageFailure(bug, async () => ({ quota: 1, usage: 1 }))).toBe(bug);
  });
});
