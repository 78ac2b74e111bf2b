import { describe, expect, it } from 'vitest';
import { hashOfDocument } from '../../../lib/team/content-hash';
import { readSummaryText } from '../../../lib/team/summary-read';
import { importSummaryFiles } from '../../../lib/team/team-import';
import { freshDatabase } from '../../helpers/db';
import { fileOf, makeSummary, summaryFile } from './summary-fixtures';

/** Re-signs an edited document, so only the edit (not the hash) is what is wrong. */
async function resigned(document: Record<string, unknown>): Promise<string> {
  return JSON.stringify({ ...document, contentHash: await hashOfDocument(document) });
}

describe('reading a summary', () => {
  it('accepts what the export writes, hash and all', async () => {
    const summary = await makeSummary();
    const read = await readSummaryText(JSON.stringify(summary));
    expect(read).toEqual({ ok: true, value: summary });
  });

  it('gives the same hash whatever order the keys were written in', async () => {
    const summary = await makeSummary();
    const reversed = Object.fromEntries(Object.entries(summary).reverse());
    expect(await hashOfDocument(reversed)).toBe(summary.contentHash);
  });
});

describe('hostile summaries are rejected by name and write nothing', () => {
  const cases: [string, () => Promise<string> | string, string, Record<string, unknown>?][] = [
    ['wrong types', async () => resigned({ ...(await base()), totals: { ...(await base()).totals, dials: '100' } }), 'invalid'],
    ['a negative count', async () => resigned(withDay(await base(), { dials: -5 })), 'invalid'],
    ['an absurd count', async () => resigned(withDay(await base(), { dials: 9_000_000 })), 'invalid'],
    ['a fractional count', async () => resigned(withDay(await base(), { deals: 1.5 })), 'invalid'],
    ['an unknown format', async () => resigned({ ...(await base()), format: 'acme.report' }), 'wrong-format', { format: 'acme.report' }],
    ['a newer version', async () => resigned({ ...(await base()), version: 9 }), 'newer-version', { version: '9' }],
    ['a version that never existed', async () => resigned({ ...(await base()), version: 0 }), 'unknown-version'],
    ['a mismatched hash', async () => JSON.stringify({ ...(await makeSummary()), contentHash: 'a'.repeat(64) }), 'hash-mismatch'],
    [
      'an edited number under the old hash',
      async () => {
        const summary = await makeSummary();
        return JSON.stringify({ ...summary, customers: { ...summary.customers, signed: 0 } });
      },
      'hash-mismatch',
    ],
    [
      'a __proto__ key',
      async () => {
        const text = await resigned(await base());
        return text.replace('"rep":{', '"rep":{"__proto__":{"admin":true},');
      },
      'unsafe-key',
    ],
    [
      'an escaped __proto__ key',
      async () => {
        const text = await resigned(await base());
        return text.replace('"rep":{', '"rep":{"\\u005f_proto__":{"admin":true},');
      },
      'unsafe-key',
    ],
    ['CSV in place of JSON', () => '\uFEFFrecord,key,metric,value\r\nday,2026-11-02,dials,100\r\n', 'csv'],
    ['text that is not JSON', () => '{"format": "callside.summary", ', 'not-json'],
    ['an empty file', () => '', 'empty'],
    [
      'days that disagree with the totals',
      async () => {
        const document = await base();
        return resigned({ ...document, totals: { ...document.totals, dials: document.totals.dials + 1 } });
      },
      'totals-mismatch',
      { field: 'dials' },
    ],
    [
      'revenue off by a cent',
      async () => {
        const document = await base();
        return resigned({ ...document, totals: { ...document.totals, revenue: document.totals.revenue + 0.01 } });
      },
      'totals-mismatch',
      { field: 'revenue' },
    ],
    [
      'a day outside the period',
      async () => resigned(withDay(await base(), { day: '2026-12-05' })),
      'day-outside-period',
      { day: '2026-12-05' },
    ],
    [
      'more signed customers than deals',
      async () => {
        const document = await base();
        return resigned({ ...document, customers: { ...(document.customers as object), signed: 10_000 } });
      },
      'customers-exceed',
      { field: 'signed' },
    ],
  ];

  it.each(cases)('%s', async (_label, make, code, params) => {
    const db = freshDatabase();
    const results = await importSummaryFiles([fileOf('bad.json', await make())], { db, pause: async () => undefined });
    expect(results[0]?.status).toBe('rejected');
    const error = results[0]?.status === 'rejected' ? results[0].error : undefined;
    expect(error?.code).toBe(code);
    if (params) expect(error?.params).toMatchObject(params);
    expect(await db.teamReps.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('a true duplicate day (same day twice, totals adding up) is named', async () => {
    const document = await base();
    const days = document.days as { day: string; dials: number }[];
    const copy = { ...days[1], day: days[0]?.day };
    const dup = [days[0], copy, ...days.slice(2)];
    const read = await readSummaryText(await resigned({ ...document, days: dup }));
    expect(read.ok ? undefined : read.error).toMatchObject({ code: 'duplicate-day', params: { day: days[0]?.day } });
  });

  it('a 50 MB file is refused before it is read', async () => {
    const db = freshDatabase();
    let read = false;
    const file = {
      name: 'huge.json',
      size: 50 * 1024 * 1024,
      text: async () => {
        read = true;
        return '{}';
      },
    };
    const [result] = await importSummaryFiles([file], { db, pause: async () => undefined });
    expect(result?.status === 'rejected' && result.error).toMatchObject({ code: 'too-large', params: { size: 50 } });
    expect(read).toBe(false);
    expect(await db.imports.count()).toBe(0);
  });

  it('one bad file among good ones leaves the good ones imported', async () => {
    const db = freshDatabase();
    const good = await makeSummary({ repId: 'rep-a' });
    const results = await importSummaryFiles([summaryFile('a.json', good), fileOf('b.json', 'nope')], { db, pause: async () => undefined });
    expect(results.map((result) => result.status)).toEqual(['imported', 'rejected']);
    expect(await db.teamReps.count()).toBe(1);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: hostile documents are edited freely
async function base(): Promise<Record<string, any>> {
  const { contentHash: _hash, ...rest } = await makeSummary();
  return rest;
}

function withDay(document: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const days = [...(document.days as Record<string, unknown>[])];
  days[0] = { ...days[0], ...change };
  return { ...document, days };
}
