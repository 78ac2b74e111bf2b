import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { listDncEntries } from '../../../lib/compliance/dnc-store';
import { CallsideDatabase, SCHEMA_V1 } from '../../../lib/db/database';

interface Fixture {
  tables: Record<string, Record<string, unknown>[]>;
}
const fixture: Fixture = JSON.parse(readFileSync('tests/fixtures/db/v1-sample.json', 'utf8'));

/** Writes the fixture with exactly the v1 schema, as a v1 Callside would have left it on disk. */
async function v1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkAdd(rows);
  });
  expect(v1.verno).toBe(1);
  v1.close();
}

const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('database migrations', () => {
  it('upgrades a version 1 database to the current version without losing a row', async () => {
    const name = `callside-migration-${Math.random()}`;
    await v1Database(name);
    const db = new CallsideDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // v5 keeps the do-not-call list in buckets by hash prefix; read back flat, it is the same entries.
      const stored = (table === 'dnc' ? await listDncEntries(db) : await db.table(table).toArray()) as unknown as Record<string, unknown>[];
      const expected = rows.map((row) =>
        // v2's only data change: pending follow-ups get followUpDone 0 so they are indexed.
        table === 'calls' && row.followUpAt !== undefined ? { ...row, followUpDone: 0 } : row,
      );
      expect(byKey(stored), table).toEqual(byKey(expected));
    }
    db.close();
  });

  it('makes v1 follow-ups and calls reachable through the v2 indexes', async () => {
    const name = `callside-migration-${Math.random()}`;
    await v1Database(name);
    const db = new CallsideDatabase(name);
    const pending = await db.calls.where('[followUpDone+followUpAt]').between([0, 0], [0, Number.POSITIVE_INFINITY]).toArray();
    expect(pending.map((call) => call.id)).toEqual(['v1-call-2']);
    expect(await db.calls.where('[outcomeId+startedAt]').between(['deal', 0], ['deal', Number.POSITIVE_INFINITY]).count()).toBe(1);
    expect(await db.calls.where('rebuttalsUsed').equals('r-price-1').count()).toBe(2);
    db.close();
  });
});
