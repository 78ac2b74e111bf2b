import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_OUTCOMES } from '../../../lib/calls/default-outcomes';
import { loadDraft, patchDraft } from '../../../lib/calls/draft';
import { hasKeptDraft } from '../../../lib/calls/draft-keeper';
import { saveDraftAsCall } from '../../../lib/calls/save-call';
import { classifyStorageError } from '../../../lib/db/storage-errors';
import { freshDatabase } from '../../helpers/db';

const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every draft write fail as on a full disk, until the returned function frees the space. */
function fillDisk(db: ReturnType<typeof freshDatabase>): () => void {
  const refuse = () => {
    throw quota();
  };
  db.drafts.hook('creating', refuse);
  db.drafts.hook('updating', refuse);
  return () => {
    db.drafts.hook('creating').unsubscribe(refuse);
    db.drafts.hook('updating').unsubscribe(refuse);
  };
}

describe('a draft on a full disk', () => {
  it('is kept aside (memory and session storage), shown, and written back once space is free', async () => {
    const db = freshDatabase();
    await patchDraft('d1', { startedAt: T0, customerName: 'Wang Fang' }, db, T0);
    const freeSpace = fillDisk(db);
    const failure = await patchDraft('d1', { notes: 'wants a quote for the Civic' }, db, T0 + 1000).catch((error: unknown) => error);
    expect(classifyStorageError(failure)).toBe('disk-full');
    expect(hasKeptDraft('d1')).toBe(true);
    // Shown as typed, though the database still holds the older draft.
    expect((await loadDraft('d1', db)).notes).toBe('wants a quote for the Civic');
    expect(Object.values(await fakeBrowser.storage.session.get(null))).toHaveLength(1);

    freeSpace();
    const next = await patchDraft('d1', { outcomeId: 'quoted' }, db, T0 + 2000);
    expect(next).toMatchObject({ customerName: 'Wang Fang', notes: 'wants a quote for the Civic', outcomeId: 'quoted' });
    expect((await db.drafts.get('d1'))?.value).toMatchObject({ notes: 'wants a quote for the Civic', outcomeId: 'quoted' });
    expect(hasKeptDraft('d1')).toBe(false);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('comes back in a newly opened page, and even when the database cannot be read', async () => {
    const db = freshDatabase();
    await patchDraft('d2', { startedAt: T0 }, db, T0);
    fillDisk(db);
    await patchDraft('d2', { notes: 'kept while full' }, db, T0 + 1000).catch(() => undefined);
    // A new page: fresh modules, nothing in memory; the copy in session storage is found.
    vi.resetModules();
    const fresh = await import('../../../lib/calls/draft');
    expect((await fresh.loadDraft('d2', db)).notes).toBe('kept while full');
    db.close();
    expect((await fresh.loadDraft('d2', db)).notes).toBe('kept while full');
  });

  it('is what Save saves once space is free, and is forgotten after', async () => {
    const db = freshDatabase();
    await patchDraft('d3', { startedAt: T0, outcomeId: 'quoted' }, db, T0);
    const freeSpace = fillDisk(db);
    await patchDraft('d3', { notes: 'typed on a full disk' }, db, T0 + 1000).catch(() => undefined);
    freeSpace();
    const saved = await saveDraftAsCall('d3', { outcomes: DEFAULT_OUTCOMES, effectiveSeconds: 30, now: T0 + 60_000 }, db);
    expect(saved.ok && saved.value.notes).toBe('typed on a full disk');
    expect(hasKeptDraft('d3')).toBe(false);
    expect((await loadDraft('d3', db)).startedAt).toBeUndefined();
  });
});
