import { describe, expect, it } from 'vitest';
import { dayKeyOf as localDay } from '../../../lib/calendar/day-key';
import { addCall, updateCall } from '../../../lib/calls/call-log';
import { markDay, seedCalendar } from '../../../lib/targets/calendar-store';
import { loadMonthView } from '../../../lib/targets/month-view';
import { setTarget } from '../../../lib/targets/target-store';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';

const DEAL = { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } as const;
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();

describe('month view', () => {
  it('derives the month from the year target over China working days when the month has none', async () => {
    const db = freshDatabase();
    await seedCalendar('zh-CN', db);
    await setTarget({ periodKey: '2026', kpi: 'dials', floor: 24_800, stretchFactor: 1.2, reason: 'year plan' }, 0, db);
    const view = await loadMonthView('2026-01-01', at('2026-01-01'), db);
    const dials = view.kpis.find((entry) => entry.kpi === 'dials');
    expect(dials?.source).toBe('year');
    // 2026 in China has 248 working days (the package's holidays and make-up days): 100 a day, January has 21 of them (1-3 Jan off, Sunday 4 Jan worked).
    expect(dials?.floor).toBe(2100);
    expect(dials?.plan.days.reduce((sum, day) => sum + day.planned, 0)).toBe(2100);
    expect(dials?.todayPlatform).toBe(0);
    const fourth = await loadMonthView('2026-01-04', at('2026-01-04'), db);
    expect(fourth.kpis[0]?.todayPlatform).toBe(100);
  });

  it('a week or day target sets today’s platform; a day the rep marks off re-plans the month', async () => {
    const db = freshDatabase();
    await setTarget({ periodKey: '2026-11', kpi: 'deals', floor: 42, stretchFactor: 1.5, reason: 'month' }, 0, db);
    let view = await loadMonthView('2026-11-02', at('2026-11-02'), db);
    expect(view.headline).toMatchObject({ kpi: 'deals', floor: 42, stretch: 63, todayPlatform: 2 });
    await setTarget({ periodKey: '2026-W45', kpi: 'deals', floor: 15, stretchFactor: 1.2, reason: 'push week' }, 0, db);
    view = await loadMonthView('2026-11-02', at('2026-11-02'), db);
    expect(view.headline?.todayPlatform).toBe(3);
    expect(view.headline?.week).toMatchObject({ key: '2026-W45', floor: 15 });
    await setTarget({ periodKey: '2026-11-02', kpi: 'deals', floor: 5, stretchFactor: 1.2, reason: 'contest day' }, 0, db);
    view = await loadMonthView('2026-11-02', at('2026-11-02'), db);
    expect(view.headline?.todayPlatform).toBe(5);
    // Marking days off leaves fewer working days for the same month target.
    const before = (await loadMonthView('2026-11-16', at('2026-11-16'), db)).headline?.pace.remainingWorkingDays;
    await markDay('2026-11-20', 'holiday', db);
    const after = (await loadMonthView('2026-11-16', at('2026-11-16'), db)).headline?.pace.remainingWorkingDays;
    expect(after).toBe((before ?? 0) - 1);
  });

  it('insurance: a month target in issued premium gives a submitted-premium platform through the issue rate', async () => {
    const db = freshDatabase();
    await setTarget({ periodKey: '2026-11', kpi: 'issued', floor: 90_000, stretchFactor: 1.2, reason: 'budget' }, 0, db);
    let view = await loadMonthView('2026-11-02', at('2026-11-02'), db);
    const submitted = view.kpis.find((entry) => entry.kpi === 'revenue');
    // Fewer than 5 deals so far: the stated default issue rate, 90 %.
    expect(submitted).toMatchObject({ source: 'issued', issueRate: 0.9, floor: 100_000 });
    // Ten deals of 1,000 last month, eight issued: 80 %.
    const ids: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const startedAt = at(`2026-10-${String(10 + index).padStart(2, '0')}`);
      ids.push((await addCall(makeCall({ startedAt, day: localDay(startedAt), outcomeId: 'deal', flags: DEAL, amount: 1000 }), db)).id);
    }
    for (const id of ids.slice(0, 8)) await updateCall(id, { policy: 'issued' }, db, 1);
    view = await loadMonthView('2026-11-02', at('2026-11-02'), db);
    expect(view.kpis.find((entry) => entry.kpi === 'revenue')).toMatchObject({ source: 'issued', issueRate: 0.8, floor: 112_500 });
  });
});
