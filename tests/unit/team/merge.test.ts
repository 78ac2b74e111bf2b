import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInRange } from '../../../lib/team/merge';
import type { Summary } from '../../../lib/team/summary-schema';
import { importSummaryFiles } from '../../../lib/team/team-import';
import { freshDatabase } from '../../helpers/db';
import { makeSummary, summaryFile } from './summary-fixtures';

const noPause = { pause: async () => undefined };

/** Team totals per rep over November, read back from the merged table. */
async function teamTotals(db: ReturnType<typeof freshDatabase>) {
  const reps = await db.teamReps.toArray();
  return Object.fromEntries(
    reps
      .map((rep) => {
        const days = daysInRange(rep, '2026-11-01', '2026-11-30');
        return [
          rep.repId,
          {
            days: days.length,
            dials: days.reduce((sum, day) => sum + day.dials, 0),
            revenue: days.reduce((sum, day) => sum + day.revenue, 0),
          },
        ] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Exports of a rep over several overlapping periods, made at different moments. */
const exportArbitrary = fc.record({
  rep: fc.constantFrom('rep-a', 'rep-b', 'rep-c'),
  firstDay: fc.integer({ min: 1, max: 28 }),
  length: fc.integer({ min: 0, max: 10 }),
  exportedDay: fc.integer({ min: 1, max: 30 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});

async function summaryOf(spec: { rep: string; firstDay: number; length: number; exportedDay: number; seed: number }): Promise<Summary> {
  const pad = (value: number) => String(value).padStart(2, '0');
  const first = `2026-11-${pad(spec.firstDay)}`;
  const last = `2026-11-${pad(Math.min(30, spec.firstDay + spec.length))}`;
  return makeSummary({
    repId: spec.rep,
    name: spec.rep.toUpperCase(),
    first,
    last,
    key: `custom-${spec.firstDay}`,
    kind: 'week',
    exportedAt: Date.UTC(2026, 10, spec.exportedDay, 18) + spec.seed,
    // Exports disagree about shared days, so which one wins is visible in the totals.
    dialsOf: (day) => ((Number(day.slice(8)) * 7 + spec.seed) % 5 === 0 ? 0 : 40 + ((Number(day.slice(8)) + spec.seed) % 9) * 10),
  });
}

/** The rule stated plainly: each rep's day comes from the newest export covering it (hash breaks ties). */
function modelTotals(summaries: Summary[]) {
  const winners = new Map<string, Summary>();
  for (const summary of summaries) {
    for (let day = summary.period.first; day <= summary.period.last; day = nextDay(day)) {
      const key = `${summary.rep.id}|${day}`;
      const held = winners.get(key);
      const newer =
        !held || summary.exportedAt > held.exportedAt || (summary.exportedAt === held.exportedAt && summary.contentHash > held.contentHash);
      if (newer) winners.set(key, summary);
    }
  }
  const totals: Record<string, { days: number; dials: number; revenue: number }> = {};
  for (const [key, summary] of winners) {
    const [repId, day] = key.split('|') as [string, string];
    totals[repId] ??= { days: 0, dials: 0, revenue: 0 };
    const counts = summary.days.find((entry) => entry.day === day);
    if (!counts) continue;
    const entry = totals[repId];
    entry.days += 1;
    entry.dials += counts.dials;
    entry.revenue += counts.revenue;
  }
  return Object.fromEntries(Object.entries(totals).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

describe('merging summaries', () => {
  it('any import order gives the same team totals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(exportArbitrary, { minLength: 1, maxLength: 6 }), fc.func(fc.integer()), async (specs, order) => {
        const summaries = await Promise.all(specs.map(summaryOf));
        const files = summaries.map((summary, index) => summaryFile(`f${index}.json`, summary));
        const shuffled = files
          .map((file, index) => ({ file, rank: order(index) }))
          .sort((a, b) => a.rank - b.rank)
          .map(({ file }) => file);
        const inOrder = freshDatabase();
        const reordered = freshDatabase();
        await importSummaryFiles(files, { db: inOrder, ...noPause });
        // One file at a time, as a lead dropping files in over a week would.
        for (const file of shuffled) await importSummaryFiles([file], { db: reordered, ...noPause });
        expect(await teamTotals(reordered)).toEqual(await teamTotals(inOrder));
        expect(await teamTotals(inOrder)).toEqual(modelTotals(summaries));
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('re-importing is idempotent: every file comes back unchanged and totals stay', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(exportArbitrary, { minLength: 1, maxLength: 5 }), async (specs) => {
        const files = (await Promise.all(specs.map(summaryOf))).map((summary, index) => summaryFile(`f${index}.json`, summary));
        const db = freshDatabase();
        await importSummaryFiles(files, { db, ...noPause });
        const before = await teamTotals(db);
        const again = await importSummaryFiles(files, { db, ...noPause });
        expect(again.every((result) => result.status === 'unchanged')).toBe(true);
        expect(await teamTotals(db)).toEqual(before);
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('overlapping exports merge exactly: each day counted once, from the newer export', async () => {
    const db = freshDatabase();
    // Week 1-14 exported on the 14th; 8-30 exported later with more calls on the shared days.
    const early = await makeSummary({ first: '2026-11-01', last: '2026-11-14', exportedAt: Date.UTC(2026, 10, 14, 18), dialsOf: () => 50 });
    const late = await makeSummary({ first: '2026-11-08', last: '2026-11-30', exportedAt: Date.UTC(2026, 10, 30, 18), dialsOf: () => 80 });
    const results = await importSummaryFiles([summaryFile('late.json', late), summaryFile('early.json', early)], { db, ...noPause });
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported']);
    const totals = await teamTotals(db);
    // Days 1-7 from the early export, 8-30 from the late one.
    expect(totals['rep-1']).toMatchObject({ days: 30, dials: 7 * 50 + 23 * 80 });
  });

  it('a newer export of the same period replaces, and an older one changes nothing', async () => {
    const db = freshDatabase();
    const monday = await makeSummary({ exportedAt: Date.UTC(2026, 10, 20), dialsOf: (day) => (day <= '2026-11-20' ? 60 : 0) });
    const friday = await makeSummary({ exportedAt: Date.UTC(2026, 10, 24), dialsOf: (day) => (day <= '2026-11-24' ? 70 : 0) });
    expect((await importSummaryFiles([summaryFile('mon.json', monday)], { db, ...noPause }))[0]?.status).toBe('imported');
    expect((await importSummaryFiles([summaryFile('fri.json', friday)], { db, ...noPause }))[0]?.status).toBe('replaced');
    expect(await importSummaryFiles([summaryFile('mon.json', monday)], { db, ...noPause })).toMatchObject([
      { status: 'unchanged', older: true },
    ]);
    expect((await teamTotals(db))['rep-1']).toMatchObject({ days: 24, dials: 24 * 70 });
    expect(await db.imports.count()).toBe(1);
  });

  it('a day a newer export leaves out (calls deleted since) drops to zero', async () => {
    const db = freshDatabase();
    const before = await makeSummary({ exportedAt: 1, dialsOf: () => 10 });
    const after = await makeSummary({ exportedAt: 2, dialsOf: (day) => (day === '2026-11-05' ? 0 : 10) });
    await importSummaryFiles([summaryFile('a.json', before), summaryFile('b.json', after)], { db, ...noPause });
    expect((await teamTotals(db))['rep-1']).toMatchObject({ days: 29, dials: 290 });
  });
});
