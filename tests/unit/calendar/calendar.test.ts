import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKeyOf,
  daysBetween,
  isDayKey,
  isWorkingDay,
  monthSprints,
  periodKeyOf,
  periodRange,
  shiftPeriod,
  startOfDay,
  workingDaysBetween,
} from '../../../lib/calendar';

describe('day keys', () => {
  it('accepts real calendar days only', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2024-13-45')).toBe(false);
    expect(isDayKey('2024-1-5')).toBe(false);
  });
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('round-trips local midnight', () => {
    expect(dayKeyOf(startOfDay('2026-03-29'))).toBe('2026-03-29');
    expect(dayKeyOf(startOfDay('2026-03-30') - 1)).toBe('2026-03-29');
  });
});

describe('periods', () => {
  it('names the ISO week of year ends, week 53 included', () => {
    expect(periodKeyOf('week', '2026-12-31')).toBe('2026-W53');
    expect(periodKeyOf('week', '2027-01-03')).toBe('2026-W53');
    expect(periodKeyOf('week', '2027-01-04')).toBe('2027-W01');
    expect(periodKeyOf('week', '2024-12-30')).toBe('2025-W01');
    expect(periodRange('2026-W53')).toMatchObject({ first: '2026-12-28', last: '2027-01-03' });
    expect(periodRange('2025-W53')).toBeUndefined();
  });
  it('gives month, quarter and year ranges with their real last day', () => {
    expect(periodRange('2024-02')).toMatchObject({ kind: 'month', first: '2024-02-01', last: '2024-02-29' });
    expect(periodRange('2026-Q4')).toMatchObject({ first: '2026-10-01', last: '2026-12-31' });
    expect(periodRange('2026')).toMatchObject({ first: '2026-01-01', last: '2026-12-31' });
    expect(periodKeyOf('quarter', '2026-11-26')).toBe('2026-Q4');
    expect(periodRange('2026-13')).toBeUndefined();
  });
  it('shifts periods of every kind', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026-W53', 1)).toBe('2027-W01');
    expect(shiftPeriod('2026', 1)).toBe('2027');
    expect(shiftPeriod('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('splits a month into three sprints ending on its last day', () => {
    expect(monthSprints('2026-02').map((sprint) => sprint.last)).toEqual(['2026-02-10', '2026-02-20', '2026-02-28']);
  });
});

describe('working days', () => {
  it('takes weekends off, holidays off and make-up days on', () => {
    const entries = new Map([
      ['2026-10-01', 'holiday' as const],
      ['2026-10-10', 'workday' as const],
    ]);
    expect(isWorkingDay('2026-10-01', entries)).toBe(false);
    expect(isWorkingDay('2026-10-10', entries)).toBe(true); // a Saturday
    expect(isWorkingDay('2026-10-11')).toBe(false);
    expect(workingDaysBetween('2026-09-28', '2026-10-04', entries)).toEqual(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-02']);
  });
});
