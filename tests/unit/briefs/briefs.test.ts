import { describe, expect, it } from 'vitest';
import { briefText } from '../../../lib/briefs/brief-text';
import { loadBrief } from '../../../lib/briefs/load-brief';
import { briefFromSummaries } from '../../../lib/briefs/team-brief';
import { periodRange } from '../../../lib/calendar/periods';
import { isWorkingDay } from '../../../lib/calendar/working-days';
import { createTranslator } from '../../../lib/i18n';
import { buildLeaderboard, teamTotals } from '../../../lib/team/leaderboard';
import { loadTeamData } from '../../../lib/team/team-data';
import { importSummaryFiles } from '../../../lib/team/team-import';
import { freshDatabase } from '../../helpers/db';
import { makeSummary } from '../team/summary-fixtures';

const NOW = Date.UTC(2026, 10, 30, 20);
const DAY = '2026-11-17';
const t = createTranslator('en');
const weekdays = (dials: number) => (day: string) => (isWorkingDay(day) ? dials : 0);

async function team() {
  const db = freshDatabase();
  const ada = await makeSummary({
    repId: 'ada',
    name: 'Ada Park',
    dialsOf: weekdays(100),
    edit: (summary) => {
      summary.targets = [{ period: 'month', periodKey: '2026-11', kpi: 'deals', floor: 200, stretch: 240, changes: 0 }];
    },
  });
  // Ben dials a little: no deals at all, so he is in no win list and never ranked.
  const ben = await makeSummary({
    repId: 'ben',
    name: 'Ben Okafor',
    dialsOf: weekdays(10),
    edit: (summary) => {
      summary.targets = [];
    },
  });
  const files = [ada, ben].map((summary) => ({ name: `${summary.rep.id}.json`, size: 1, text: async () => JSON.stringify(summary) }));
  const results = await importSummaryFiles(files, { db, pause: async () => {}, now: () => NOW });
  expect(results.map((result) => result.status)).toEqual(['imported', 'imported']);
  return Object.assign(db, { summaries: [ada, ben] });
}

describe('meeting briefs', () => {
  it('the copied brief’s numbers are the team view’s for that day', async () => {
    const db = await team();
    const day = periodRange(DAY);
    if (!day) throw new Error('no day');
    const data = await loadTeamData(day, db);
    const rows = buildLeaderboard(data.reps, data.summariesByRep, day, { minimumDials: 50, now: NOW });
    const viewTotals = teamTotals(rows).totals;
    const { brief, solo } = await loadBrief({ kind: 'evening', day: DAY, now: NOW, browserLanguage: 'en' }, db);
    expect(solo).toBe(false);
    expect(brief.dayTotals).toEqual(viewTotals);
    for (const row of rows) expect(brief.repDays.find((rep) => rep.repId === row.repId)?.totals).toEqual(row.totals);
    const text = briefText(brief, t, 'en');
    expect(text).toContain(
      `${viewTotals.dials} dials, ${viewTotals.connects} connects, ${viewTotals.deals} deals, ${viewTotals.revenue.toLocaleString('en')} revenue`,
    );
    // The pure team brief from the same summaries (what the meeting-brief benchmark builds) says the same.
    const fromSummaries = briefFromSummaries({ kind: 'evening', day: DAY, summaries: db.summaries, now: NOW });
    expect(fromSummaries.dayTotals).toEqual(viewTotals);
    expect(briefText(fromSummaries, t, 'en')).toBe(text);
    expect(text.startsWith(`Evening review · ${DAY}`)).toBe(true);
  });

  it('morning: today’s platform first, then yesterday’s wins only (nobody listed last), month pace and the sprint', async () => {
    const db = await team();
    const { brief } = await loadBrief({ kind: 'morning', day: DAY, now: NOW, browserLanguage: 'en' }, db);
    // November 2026 has 21 weekdays; 11 are done before the 17th. Ada made 8 deals a day: 88 of 200, 112 left over 10 days.
    expect(brief.monthDays).toEqual({ elapsed: 11, total: 21 });
    expect(brief.platforms).toEqual([expect.objectContaining({ name: 'Ada Park', kpi: 'deals', today: 11.2, monthFloor: 200 })]);
    expect(brief.winsDay).toBe('2026-11-16');
    expect(brief.wins.map((win) => win.name)).toEqual(['Ada Park']);
    expect(brief.sprint).toMatchObject({ index: 2 });
    const text = briefText(brief, t, 'en');
    expect(text.indexOf('Today’s platform')).toBeLessThan(text.indexOf('Wins on 2026-11-16'));
    expect(text).toContain('Ada Park: 11.2 deals');
    expect(text).not.toContain('Ben Okafor');
  });

  it('midday measures the morning against half the platform; evening gives tomorrow’s platform', async () => {
    const db = await team();
    const midday = (await loadBrief({ kind: 'midday', day: DAY, now: NOW, browserLanguage: 'en' }, db)).brief;
    expect(briefText(midday, t, 'en')).toContain('Ada Park: 8 of 5.6 deals');
    const evening = (await loadBrief({ kind: 'evening', day: DAY, now: NOW, browserLanguage: 'en' }, db)).brief;
    // 96 of 200 after the 17th, 104 left over 9 working days.
    expect(evening.platforms[0]?.tomorrow).toBe(11.56);
  });

  it('a solo rep without imports gets a brief from their own log', async () => {
    const db = freshDatabase();
    const { brief, solo } = await loadBrief({ kind: 'morning', day: DAY, now: NOW, browserLanguage: 'en' }, db);
    expect(solo).toBe(true);
    expect(brief.dayTotals.dials).toBe(0);
    expect(briefText(brief, t, 'en')).toContain('No month targets yet');
  });
});
