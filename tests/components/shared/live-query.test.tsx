import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dayTotals } from '../../../lib/calls/rollups';
import { CallsideDatabase } from '../../../lib/db/database';
import { type LiveState, useLiveQuery, useLiveRead } from '../../../lib/ui/use-live-query';

// A call saved in another window makes Dexie re-run every query that read the
// rollups; a view whose answer did not change must not be drawn again.
const databases: CallsideDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

function DialsToday({ db, renders }: { db: CallsideDatabase; renders: { count: number } }) {
  const totals = useLiveQuery(() => dayTotals('2026-12-02', db), [db]);
  renders.count++;
  return <p>{totals.status === 'ready' ? `dials ${totals.value.dials}` : 'loading'}</p>;
}

describe('useLiveQuery', () => {
  it('redraws when the answer changes and not when a write leaves it the same', async () => {
    const db = new CallsideDatabase(`live-query-${crypto.randomUUID()}`);
    databases.push(db);
    await db.rollups.put({ day: '2026-12-02', ...(await dayTotals('2026-12-02', db)), dials: 3 });
    const renders = { count: 0 };
    render(<DialsToday db={db} renders={renders} />);
    await screen.findByText('dials 3');
    const settled = renders.count;

    // The same row written again: a write Dexie reports to this query that leaves its answer as it was.
    const row = await db.rollups.get('2026-12-02');
    if (!row) throw new Error('rollup missing');
    await db.rollups.put({ ...row });
    // A second write that does change the answer proves the query re-ran after the first one.
    await db.rollups.put({ ...row, dials: 4 });
    await screen.findByText('dials 4');
    expect(renders.count).toBe(settled + 1);
  });

  it('still shows every new answer in order', async () => {
    const db = new CallsideDatabase(`live-query-${crypto.randomUUID()}`);
    databases.push(db);
    const renders = { count: 0 };
    render(<DialsToday db={db} renders={renders} />);
    await screen.findByText('dials 0');
    const empty = await dayTotals('2026-12-02', db);
    for (const dials of [1, 2, 5]) {
      await db.rollups.put({ day: '2026-12-02', ...empty, dials });
      await waitFor(() => expect(screen.getByText(`dials ${dials}`)).toBeTruthy());
    }
  });
});

// The call flow's draft: every write of the panel's own is read back by Dexie, and an answer
// equal to what the panel shows must cost no render, while `current` still holds it.
type Totals = Awaited<ReturnType<typeof dayTotals>>;
type Read = { readonly current: LiveState<Totals> };
function TensOfDials({ db, renders, holder }: { db: CallsideDatabase; renders: { count: number }; holder: { read?: Read } }) {
  // Only the tens of dials are shown, so 3 -> 4 changes nothing on screen and 4 -> 12 does.
  const read: Read = useLiveRead(
    () => dayTotals('2026-12-02', db),
    [db],
    (next: Totals) => Math.floor(next.dials / 10) !== shown,
  );
  holder.read = read;
  renders.count++;
  const shown: number | undefined = read.current.status === 'ready' ? Math.floor(read.current.value.dials / 10) : undefined;
  return <p>{shown === undefined ? 'loading' : `tens ${shown}`}</p>;
}

describe('useLiveRead', () => {
  it('renders for an answer only when what is shown changes, and always holds the latest answer', async () => {
    const db = new CallsideDatabase(`live-read-${crypto.randomUUID()}`);
    databases.push(db);
    const empty = await dayTotals('2026-12-02', db);
    await db.rollups.put({ day: '2026-12-02', ...empty, dials: 3 });
    const renders = { count: 0 };
    const holder: { read?: Read } = {};
    render(<TensOfDials db={db} renders={renders} holder={holder} />);
    await screen.findByText('tens 0');
    const settled = renders.count;
    const dialsHeld = () => (holder.read?.current.status === 'ready' ? holder.read.current.value.dials : undefined);

    await db.rollups.put({ ...empty, day: '2026-12-02', dials: 4 });
    await waitFor(() => expect(dialsHeld()).toBe(4));
    expect(renders.count).toBe(settled);

    await db.rollups.put({ ...empty, day: '2026-12-02', dials: 12 });
    await screen.findByText('tens 1');
    expect(renders.count).toBe(settled + 1);
    expect(dialsHeld()).toBe(12);
  });
});
