// The summary's optional fields: per-day follow-ups set and due, per-day
// rebuttal use and the rep's answer to a playbook's targets. Built from a real
// log, read back through the file reader; older summaries without them still read.
import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../lib/calendar/periods';
import { addCall } from '../../../lib/calls/call-log';
import { saveProfile } from '../../../lib/settings/settings';
import { prepareSummaryExport } from '../../../lib/team/export-summary';
import { mergeSummary } from '../../../lib/team/merge';
import { mergedCsv, summaryCsv } from '../../../lib/team/summary-csv';
import { readSummaryText } from '../../../lib/team/summary-read';
import { summarySchema } from '../../../lib/team/summary-schema';
import { saveTargetAnswers } from '../../../lib/team/summary-target-answers';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';
import { makeDay, makeSummary } from './summary-fixtures';

const november = periodRange('2026-11');
if (!november) throw new Error('no period');
const now = new Date(2026, 10, 30, 18, 0).getTime();
const at = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).getTime();

async function repDatabase() {
  const db = freshDatabase();
  await saveProfile(
    {
      repName: 'Ada Park',
      repId: 'rep-ada',
      team: 'East',
      language: 'en',
      theme: 'system',
      industry: 'home-renovation',
      defaultRegion: 'US',
      effectiveSeconds: 30,
    },
    db,
  );
  // On the 3rd: two calls set follow-ups (one due the 4th, one due the 10th), one uses two rebuttals and closes.
  await addCall(makeCall({ startedAt: at(3, 9), followUpAt: at(4, 10), followUpDone: 0, rebuttalsUsed: ['price-1'] }), db);
  await addCall(makeCall({ startedAt: at(3, 11), followUpAt: at(10, 15), followUpDone: 0 }), db);
  await addCall(
    makeCall({
      startedAt: at(3, 14),
      outcomeId: 'deal',
      flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 },
      amount: 900,
      rebuttalsUsed: ['price-1', 'busy-1'],
    }),
    db,
  );
  // On the 4th: one call, a rebuttal that did not get a quote.
  await addCall(
    makeCall({
      startedAt: at(4, 9),
      outcomeId: 'not-interested',
      flags: { dialed: 1, connected: 1, effective: 0, quoted: 0, deal: 0 },
      rebuttalsUsed: ['busy-1'],
    }),
    db,
  );
  // Made in October, due in November: counted as due on the 4th, not as set in November.
  await addCall(makeCall({ startedAt: new Date(2026, 9, 30, 9).getTime(), followUpAt: at(4, 16), followUpDone: 0 }), db);
  return db;
}

describe('summary: follow-ups and rebuttals per day', () => {
  it('each day row counts the follow-ups its calls set, those due that day and that day’s rebuttal use', async () => {
    const db = await repDatabase();
    const prepared = await prepareSummaryExport({ period: november, kind: 'json', now, appVersion: '0.1.0', browserLanguage: 'en' }, db);
    if (!prepared.ok) throw new Error('refused');
    const days = Object.fromEntries(prepared.value.summary.days.map((day) => [day.day, day]));
    expect(days['2026-11-03']).toMatchObject({
      dials: 3,
      followUpsSet: 2,
      followUpsDue: 0,
      rebuttals: [
        { rebuttalId: 'price-1', used: 2, quoted: 2, deals: 1 },
        { rebuttalId: 'busy-1', used: 1, quoted: 1, deals: 1 },
      ],
    });
    expect(days['2026-11-04']).toMatchObject({
      dials: 1,
      followUpsSet: 0,
      followUpsDue: 2,
      rebuttals: [{ rebuttalId: 'busy-1', used: 1, quoted: 0, deals: 0 }],
    });
    // A day with nothing but a follow-up due is a row of its own, with no calls.
    expect(days['2026-11-10']).toMatchObject({ dials: 0, firstDial: null, followUpsSet: 0, followUpsDue: 1 });
    expect(days['2026-11-10']?.rebuttals).toBeUndefined();
    // The period's rebuttals are still the sum over the days.
    expect(prepared.value.summary.rebuttals.find((entry) => entry.rebuttalId === 'busy-1')).toMatchObject({ used: 2, quoted: 1 });

    // What is written is what the lead's reader accepts, hash included.
    const read = await readSummaryText(prepared.value.text);
    expect(read.ok).toBe(true);
    const csv = summaryCsv(prepared.value.summary);
    expect(csv).toContain('day,2026-11-04,followUpsDue,2');
    expect(csv).toContain('day-rebuttal,2026-11-03 price-1,used,2');
  });

  it('the lead’s merged CSV has the day’s follow-ups, empty for a day from an older summary', async () => {
    const newer = await makeSummary({
      repId: 'ada',
      name: 'Ada',
      dialsOf: (day) => (day === '2026-11-03' ? 10 : 0),
      edit: (summary) => {
        summary.days = [makeDay('2026-11-03', 10, { followUpsSet: 2, followUpsDue: 1 })];
      },
    });
    const older = await makeSummary({ repId: 'ben', name: 'Ben', dialsOf: (day) => (day === '2026-11-03' ? 10 : 0) });
    const lines = mergedCsv([mergeSummary(undefined, newer).record, mergeSummary(undefined, older).record]).split('\r\n');
    expect(lines[0]?.endsWith('first_dial,exported_at,follow_ups_set,follow_ups_due')).toBe(true);
    expect(lines[1]).toMatch(/^ada,Ada,East,2026-11-03,10,.*,2,1$/);
    expect(lines[2]).toMatch(/^ben,Ben,East,2026-11-03,10,.*Z,,$/);
  });

  it('a summary without the optional fields (as older versions wrote it) still reads', async () => {
    const older = await makeSummary();
    expect(older.days[0]).not.toHaveProperty('followUpsSet');
    expect(older).not.toHaveProperty('targetAnswers');
    const read = await readSummaryText(JSON.stringify(older));
    expect(read.ok).toBe(true);
  });

  it('a day with a bad follow-up count or a stray key in its rebuttals is refused by name', async () => {
    const negative = await makeSummary({
      edit: (summary) => {
        if (summary.days[0]) summary.days[0].followUpsDue = -1;
      },
    });
    const negativeRead = await readSummaryText(JSON.stringify(negative));
    expect(negativeRead.ok).toBe(false);
    if (!negativeRead.ok) expect(JSON.stringify(negativeRead.error)).toContain('followUpsDue');
    const stray = await makeSummary({
      edit: (summary) => {
        const first = summary.days[0] as unknown as Record<string, unknown>;
        first.rebuttals = [{ rebuttalId: 'price-1', used: 1, quoted: 0, deals: 0, customer: 'Jordan' }];
      },
    });
    const strayRead = await readSummaryText(JSON.stringify(stray));
    expect(strayRead.ok).toBe(false);
    if (!strayRead.ok) expect(JSON.stringify(strayRead.error)).toContain('rebuttals');
  });
});

describe('summary: the rep’s answer to a playbook’s targets', () => {
  it('travels in every summary after it, and the reader accepts it', async () => {
    const db = await repDatabase();
    const before = await prepareSummaryExport({ period: november, kind: 'json', now, appVersion: '0.1.0', browserLanguage: 'en' }, db);
    if (!before.ok) throw new Error('refused');
    expect(before.value.summary.targetAnswers).toBeUndefined();
    const answers = {
      playbookVersion: 3,
      answeredAt: now - 1000,
      targets: [
        {
          period: 'month' as const,
          periodKey: '2026-12',
          kpi: 'deals' as const,
          proposed: 40,
          answer: 'own' as const,
          agreed: 32,
          reversePlan: { workingDays: 22, revenue: 1_600_000, deals: 32, quotes: 160, connects: 534, dials: 2003, dialsPerDay: 92 },
        },
        {
          period: 'month' as const,
          periodKey: '2026-12',
          kpi: 'dials' as const,
          proposed: 2000,
          answer: 'accepted' as const,
          agreed: 2000,
        },
      ],
    };
    await saveTargetAnswers(answers, db);
    const after = await prepareSummaryExport({ period: november, kind: 'json', now, appVersion: '0.1.0', browserLanguage: 'en' }, db);
    if (!after.ok) throw new Error('refused');
    expect(after.value.summary.targetAnswers).toEqual(answers);
    const read = await readSummaryText(after.value.text);
    expect(read.ok && read.value.targetAnswers).toEqual(answers);
    expect(summaryCsv(after.value.summary)).toContain('target-answer,v3 2026-12 deals,agreed,32');
  });

  it('refuses an answer that is neither accepted nor own, or an agreed number out of bounds', () => {
    const answer = (extra: Record<string, unknown>) =>
      summarySchema.shape.targetAnswers.safeParse({
        playbookVersion: 1,
        answeredAt: 0,
        targets: [{ period: 'month', periodKey: '2026-12', kpi: 'deals', proposed: 40, answer: 'accepted', agreed: 40, ...extra }],
      }).success;
    expect(answer({})).toBe(true);
    expect(answer({ answer: 'imposed' })).toBe(false);
    expect(answer({ agreed: -1 })).toBe(false);
    expect(answer({ note: 'call Jordan' })).toBe(false);
  });
});
