import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../lib/db/records';
import { percentOf, rebuttalStats } from '../../../lib/objections/rebuttal-stats';
import { freshDatabase } from '../../helpers/db';

function call(id: string, rebuttalsUsed: string[], quoted: 0 | 1, deal: 0 | 1): CallRecord {
  return {
    id,
    startedAt: 1,
    endedAt: 2,
    day: '2026-11-26',
    durationSec: 60,
    outcomeId: deal ? 'deal' : quoted ? 'quoted' : 'connected',
    flags: { dialed: 1, connected: 1, effective: 1, quoted, deal },
    amount: 0,
    notes: '',
    scriptPath: [],
    checklistDone: [],
    rebuttalsUsed,
    overrides: [],
    updatedAt: 2,
  };
}

describe('rebuttal stats', () => {
  it('counts uses, then quotes, then deals per rebuttal from the call log', async () => {
    const db = freshDatabase();
    await db.calls.bulkAdd([
      call('a', ['r1', 'r2'], 1, 1),
      call('b', ['r1'], 1, 0),
      call('c', ['r1', 'r1'], 0, 0),
      call('d', ['r3'], 1, 1),
    ]);
    const stats = await rebuttalStats(['r1', 'r2', 'r9'], db);
    expect(stats.get('r1')).toEqual({ used: 3, quoted: 2, deal: 1 });
    expect(stats.get('r2')).toEqual({ used: 1, quoted: 1, deal: 1 });
    expect(stats.has('r3')).toBe(false);
    expect(stats.has('r9')).toBe(false);
  });

  it('never divides by zero', () => {
    expect(percentOf(1, 0)).toBeUndefined();
    expect(percentOf(2, 3)).toBe(67);
  });
});
