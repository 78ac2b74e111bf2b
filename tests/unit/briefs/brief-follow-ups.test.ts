// The briefs' follow-ups (due in the morning, set in the evening), the
// evening's objections of that one day with their rates, and plural forms.
import { describe, expect, it } from 'vitest';
import { briefText } from '../../../lib/briefs/brief-text';
import { loadBrief } from '../../../lib/briefs/load-brief';
import { pluralCategory } from '../../../lib/briefs/plural';
import { briefFromSummaries } from '../../../lib/briefs/team-brief';
import { addCall } from '../../../lib/calls/call-log';
import { createTranslator } from '../../../lib/i18n';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';
import { makeDay, makeSummary } from '../team/summary-fixtures';

const NOW = Date.UTC(2026, 10, 30, 20);
const DAY = '2026-11-17';

// The test setup registers every catalogue.
const translators = async () => ({ en: createTranslator('en'), zh: createTranslator('zh-CN') });

/** Ada's month: follow-ups and rebuttals on the 16th and the 17th; Ben's summary is an older one, without them. */
async function summaries() {
  const ada = await makeSummary({
    repId: 'ada',
    name: 'Ada Park',
    dialsOf: (day) => (day === '2026-11-16' || day === DAY ? 1 : 0),
    edit: (summary) => {
      summary.days = [
        makeDay('2026-11-16', 1, {
          followUpsSet: 9,
          followUpsDue: 9,
          rebuttals: [{ rebuttalId: 'price-1', used: 7, quoted: 7, deals: 7 }],
        }),
        makeDay(DAY, 1, {
          followUpsSet: 1,
          followUpsDue: 3,
          rebuttals: [
            { rebuttalId: 'price-1', used: 4, quoted: 2, deals: 1 },
            { rebuttalId: 'busy-1', used: 1, quoted: 0, deals: 0 },
          ],
        }),
      ];
      // The month's rebuttals, the library text of each id: never counted as one day's.
      summary.rebuttals = [
        { rebuttalId: 'price-1', objection: 'Your price is too high', text: 'Compare the cover.', used: 11, quoted: 9, deals: 8 },
        { rebuttalId: 'busy-1', objection: 'I am busy', text: 'Two minutes.', used: 1, quoted: 0, deals: 0 },
      ];
    },
  });
  const ben = await makeSummary({ repId: 'ben', name: 'Ben Okafor', dialsOf: (day) => (day === DAY ? 20 : 0) });
  return [ada, ben];
}

describe('brief follow-ups, objections of the day and plurals', () => {
  it('the morning lists the follow-ups due that day, the team’s and each rep’s', async () => {
    const { en } = await translators();
    const brief = briefFromSummaries({ kind: 'morning', day: DAY, summaries: await summaries(), now: NOW });
    expect(brief.followUps).toMatchObject({ due: 3, set: 1, known: true, reps: [{ name: 'Ada Park', due: 3, set: 1 }] });
    const text = briefText(brief, en, 'en');
    expect(text).toContain('Follow-ups due today\n• Team: 3 follow-ups\n• Ada Park: 3 follow-ups');
  });

  it('the evening lists the follow-ups set, and the objections of that day only, with counts and rates', async () => {
    const { en } = await translators();
    const brief = briefFromSummaries({ kind: 'evening', day: DAY, summaries: await summaries(), now: NOW });
    // The 17th's own counts: not the month's 11 uses, not the 16th's 7.
    expect(brief.objections).toEqual([
      { objection: 'Your price is too high', used: 4, quoted: 2, deals: 1 },
      { objection: 'I am busy', used: 1, quoted: 0, deals: 0 },
    ]);
    const text = briefText(brief, en, 'en');
    expect(text).toContain('Your price is too high: rebuttal used 4 times; 2 quotes (50%), 1 deal (25%)');
    expect(text).toContain('I am busy: rebuttal used 1 time; 0 quotes (0%), 0 deals (0%)');
    expect(text).toContain('Follow-ups set today\n• Team: 1 follow-up\n• Ada Park: 1 follow-up');
    // Ben set none (his older summary carries no counts): he is not listed as a zero.
    expect(text.split('Follow-ups set today')[1]?.split('\n\n')[0]).not.toContain('Ben Okafor');
  });

  it('summaries that predate follow-up counts say so instead of showing a zero', async () => {
    const { en } = await translators();
    const older = (await summaries()).filter((summary) => summary.rep.id === 'ben');
    const brief = briefFromSummaries({ kind: 'morning', day: DAY, summaries: older, now: NOW });
    expect(brief.followUps.known).toBe(false);
    expect(briefText(brief, en, 'en')).toContain('These summaries carry no follow-up counts');
  });

  it('one of anything is singular in English; Chinese has one form', async () => {
    const { en, zh } = await translators();
    const single = await makeSummary({
      repId: 'cy',
      name: 'Cy',
      dialsOf: (day) => (day === DAY ? 1 : 0),
      edit: (summary) => {
        summary.days = [{ ...makeDay(DAY, 1), connects: 1, effective: 1, quotes: 1, deals: 1, revenue: 500, followUpsDue: 1 }];
        summary.totals = { ...summary.totals, connects: 1, effective: 1, quotes: 1, deals: 1, revenue: 500 };
      },
    });
    const evening = briefFromSummaries({ kind: 'evening', day: DAY, summaries: [single], now: NOW });
    expect(briefText(evening, en, 'en')).toContain('1 dial, 1 connect, 1 deal, 500 revenue');
    expect(briefText(evening, zh, 'zh-CN')).toContain('拨打 1，接通 1，成交 1，业绩 500');
    const morning = briefFromSummaries({ kind: 'morning', day: DAY, summaries: [single], now: NOW });
    expect(briefText(morning, en, 'en')).toContain('Team: 1 follow-up');
    expect(briefText(morning, zh, 'zh-CN')).toContain('团队：回访 1 个');
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(1.5, 'en')).toBe('other');
    expect(pluralCategory(1, 'zh-CN')).toBe('other');
  });
});

describe('a solo rep’s brief from their own log', () => {
  it('counts the follow-ups their calls set and those due that day', async () => {
    const db = freshDatabase();
    const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
    // Set on the 16th for the 17th, set on the 17th for the 17th and for the 18th.
    await addCall(makeCall({ startedAt: at(16, 10), followUpAt: at(17, 9), followUpDone: 0 }), db);
    await addCall(makeCall({ startedAt: at(17, 9), followUpAt: at(17, 15), followUpDone: 0, rebuttalsUsed: ['r-1'] }), db);
    await addCall(makeCall({ startedAt: at(17, 10), followUpAt: at(18, 10), followUpDone: 0 }), db);
    const { en } = await translators();
    const morning = await loadBrief({ kind: 'morning', day: DAY, now: NOW, browserLanguage: 'en' }, db);
    expect(morning.solo).toBe(true);
    expect(morning.brief.followUps).toMatchObject({ due: 2, set: 2, known: true });
    expect(briefText(morning.brief, en, 'en')).toContain('Follow-ups due today\n• Team: 2 follow-ups');
    const evening = await loadBrief({ kind: 'evening', day: DAY, now: NOW, browserLanguage: 'en' }, db);
    expect(evening.brief.objections).toEqual([{ objection: 'r-1', used: 1, quoted: 1, deals: 0 }]);
  });
});
