import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../../../lib/ui/bidi';
import { formatClock, formatClockTime, formatDateTime, fromDateTimeInput, toDateTimeInput } from '../../../lib/ui/time-format';

const eightAm = new Date(2026, 10, 26, 8, 0).getTime();
const ninePm = new Date(2026, 10, 26, 21, 0).getTime();

describe('one time format per language', () => {
  it('writes zh-CN times on the 24-hour clock, for stored clocks and moments alike', () => {
    expect(formatClock('08:00', 'zh-CN')).toBe(formatClockTime(eightAm, 'zh-CN'));
    expect(formatClockTime(ninePm, 'zh-CN')).toBe('21:00');
    expect(formatClock('21:00', 'zh-CN')).toBe('21:00');
  });

  it("writes English times in the locale's format, the same for a calling window and a moment", () => {
    expect(formatClock('08:00', 'en')).toBe(formatClockTime(eightAm, 'en'));
    expect(formatClock('21:00', 'en')).toBe(formatClockTime(ninePm, 'en'));
    expect(formatClockTime(ninePm, 'en')).toMatch(/^9:00\s?PM$/);
  });

  it('uses the same clock inside a date-time', () => {
    expect(formatDateTime(ninePm, 'zh-CN')).toContain('21:00');
    expect(formatDateTime(ninePm, 'en')).toContain(formatClockTime(ninePm, 'en'));
  });

  it('round-trips the date-time input value in local time', () => {
    expect(toDateTimeInput(ninePm)).toBe('2026-11-26T21:00');
    expect(fromDateTimeInput('2026-11-26T21:00')).toBe(ninePm);
    expect(fromDateTimeInput('')).toBeUndefined();
  });
});

describe('bidi controls in page text', () => {
  it('removes overrides, embeddings, isolates and marks', () => {
    expect(stripBidiControls('\u202Egnaw\u202C Fang\u2066x\u2069\u200F')).toBe('gnaw Fangx');
  });
});
