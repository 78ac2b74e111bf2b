import { describe, expect, it } from 'vitest';
import { chinaCalendarYears, chinaOfficialDays } from '../../../lib/calendar/holidays-china';
import { isWorkingDay, workingDaysBetween } from '../../../lib/calendar/working-days';
import { calendarEntries, markDay, seedCalendar, setChinaCalendar } from '../../../lib/targets/calendar-store';
import { freshDatabase } from '../../helpers/db';

const china = new Map(chinaOfficialDays('zh-CN').map((entry) => [entry.day, entry.kind]));

describe('China calendar from the chinese-days package', () => {
  it('National Day 2025: 1-8 October off, Sunday 28 September and Saturday 11 October worked', () => {
    for (let date = 1; date <= 8; date += 1) expect(isWorkingDay(`2025-10-0${date}`, china), `2025-10-0${date}`).toBe(false);
    expect(isWorkingDay('2025-09-28', china)).toBe(true);
    expect(isWorkingDay('2025-10-11', china)).toBe(true);
    expect(isWorkingDay('2025-10-09', china)).toBe(true);
    expect(isWorkingDay('2025-10-12', china)).toBe(false);
  });

  it('Spring Festival 2026: 15-23 February off, Saturdays 14 and 28 February worked', () => {
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'])
      expect(isWorkingDay(day, china), day).toBe(false);
    expect(isWorkingDay('2026-02-14', china)).toBe(true);
    expect(isWorkingDay('2026-02-28', china)).toBe(true);
    expect(isWorkingDay('2026-02-24', china)).toBe(true);
    expect(workingDaysBetween('2026-02-01', '2026-02-28', china)).toHaveLength(16);
  });

  it('names the days in both languages and covers every year from 2004 to at least 2026', () => {
    expect(chinaOfficialDays('zh-CN').find((entry) => entry.day === '2025-10-01')?.name).toBe('国庆节');
    expect(chinaOfficialDays('en').find((entry) => entry.day === '2025-10-01')?.name).toBe('National Day');
    const years = chinaCalendarYears();
    expect(years.first).toBeLessThanOrEqual(2004);
    expect(years.last).toBeGreaterThanOrEqual(2026);
  });
});

describe('calendar table', () => {
  it('zh-CN seeds the official days once; en seeds nothing (weekends only)', async () => {
    const zh = freshDatabase();
    await seedCalendar('zh-CN', zh);
    await seedCalendar('zh-CN', zh);
    const entries = await calendarEntries('2025-09-01', '2025-10-31', zh);
    expect(entries.get('2025-10-01')).toBe('holiday');
    expect(entries.get('2025-09-28')).toBe('workday');
    const en = freshDatabase();
    await seedCalendar('en', en);
    expect(await en.calendar.count()).toBe(0);
  });

  it('the rep marks any day off or on, and the mark survives turning the official calendar off and on', async () => {
    const db = freshDatabase();
    await seedCalendar('zh-CN', db);
    await markDay('2025-10-08', 'workday', db);
    await markDay('2025-10-09', 'holiday', db);
    await setChinaCalendar(false, 'zh-CN', db);
    let entries = await calendarEntries('2025-10-01', '2025-10-31', db);
    expect(entries.get('2025-10-01')).toBeUndefined();
    expect(entries.get('2025-10-08')).toBe('workday');
    await setChinaCalendar(true, 'zh-CN', db);
    entries = await calendarEntries('2025-10-01', '2025-10-31', db);
    expect(entries.get('2025-10-01')).toBe('holiday');
    expect(entries.get('2025-10-08')).toBe('workday');
    expect(entries.get('2025-10-09')).toBe('holiday');
    await markDay('2025-10-09', 'default', db);
    expect((await calendarEntries('2025-10-09', '2025-10-09', db)).get('2025-10-09')).toBeUndefined();
  });
});
