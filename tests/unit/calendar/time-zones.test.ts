// Local days in time zones with daylight saving, and the file-name day in
// China. Each block switches the process time zone (Node applies a TZ change
// at once) and checks that it took effect before asserting anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, atClock, dayKeyOf, endOfDay, minuteOfDay, mondayOf, periodKeyOf, startOfDay } from '../../../lib/calendar';
import { listDueFollowUps } from '../../../lib/calls/follow-ups';
import { DEFAULT_COMPLIANCE } from '../../../lib/compliance/compliance-settings';
import { describeViolation } from '../../../lib/compliance/describe-violation';
import { dncFileName } from '../../../lib/compliance/dnc-file-name';
import { checkBeforeDial } from '../../../lib/compliance/guard';
import { backupFileName } from '../../../lib/formats/backup';
import { createTranslator } from '../../../lib/i18n';
import { objectionsFileName } from '../../../lib/objections/objection-file';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';

const HOUR = 3_600_000;

function inZone(zone: string, probe: { at: number; offsetMinutes: number }) {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
    // The switch must have taken effect, or every assertion below would test the machine's own zone.
    expect(new Date(probe.at).getTimezoneOffset()).toBe(probe.offsetMinutes);
  });
  afterAll(() => {
    process.env.TZ = original;
  });
}

describe('America/New_York (DST starts 2026-03-08, ends 2026-11-01)', () => {
  inZone('America/New_York', { at: Date.UTC(2026, 0, 15), offsetMinutes: 300 });

  it('has a 23-hour and a 25-hour day, each one local day from midnight to midnight', () => {
    expect(endOfDay('2026-03-08') - startOfDay('2026-03-08')).toBe(23 * HOUR);
    expect(endOfDay('2026-11-01') - startOfDay('2026-11-01')).toBe(25 * HOUR);
    for (const day of ['2026-03-08', '2026-11-01']) {
      expect(dayKeyOf(startOfDay(day))).toBe(day);
      expect(dayKeyOf(endOfDay(day) - 1)).toBe(day);
      expect(dayKeyOf(endOfDay(day))).toBe(addDays(day, 1));
    }
  });

  it('puts a clock time on the wall clock, not a fixed offset from midnight', () => {
    expect(atClock('2026-03-08', '09:00') - startOfDay('2026-03-08')).toBe(8 * HOUR);
    expect(atClock('2026-11-01', '09:00') - startOfDay('2026-11-01')).toBe(10 * HOUR);
    expect(minuteOfDay(atClock('2026-11-01', '21:30'))).toBe(21 * 60 + 30);
    expect(atClock('2026-03-08', '09:00')).toBe(Date.UTC(2026, 2, 8, 13, 0));
  });

  it('guards the calling window across the spring-forward night', async () => {
    const db = freshDatabase();
    const lateSaturday = atClock('2026-03-07', '22:00');
    const [window] = await checkBeforeDial({ phoneE164: undefined, at: lateSaturday }, db, DEFAULT_COMPLIANCE);
    expect(window).toMatchObject({ rule: 'calling-window', allowedAt: atClock('2026-03-08', DEFAULT_COMPLIANCE.callingWindow.from) });
    const t = createTranslator('en');
    expect(describeViolation(window!, t, () => '08:00', lateSaturday)).toMatch(/tomorrow/i);
    const sundayMorning = atClock('2026-03-08', '08:30');
    expect(await checkBeforeDial({ phoneE164: undefined, at: sundayMorning }, db, DEFAULT_COMPLIANCE)).toEqual([]);
  });

  it('lists a follow-up late on the 25-hour day as due that day', async () => {
    const db = freshDatabase();
    const lateOnTheLongDay = atClock('2026-11-01', '23:30');
    await db.calls.add(makeCall({ id: 'late', followUpAt: lateOnTheLongDay, followUpDone: 0 }));
    await db.calls.add(makeCall({ id: 'next-day', followUpAt: atClock('2026-11-02', '00:30'), followUpDone: 0 }));
    const due = await listDueFollowUps(atClock('2026-11-01', '00:10'), db);
    expect(due.map((call) => call.id)).toEqual(['late']);
  });
});

describe('Europe/London (BST starts 2026-03-29, ends 2026-10-25)', () => {
  inZone('Europe/London', { at: Date.UTC(2026, 6, 1), offsetMinutes: -60 });

  it('keeps local days whole across both switches', () => {
    expect(endOfDay('2026-03-29') - startOfDay('2026-03-29')).toBe(23 * HOUR);
    expect(endOfDay('2026-10-25') - startOfDay('2026-10-25')).toBe(25 * HOUR);
    expect(dayKeyOf(Date.UTC(2026, 9, 24, 23, 30))).toBe('2026-10-25'); // 00:30 BST
    expect(dayKeyOf(Date.UTC(2026, 9, 25, 23, 30))).toBe('2026-10-25'); // 23:30 GMT
  });

  it('starts the week containing the switch on its Monday and the next one 7 local days later', async () => {
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
    expect(periodKeyOf('week', '2026-10-25')).toBe('2026-W43');
    const db = freshDatabase();
    const phone = '+447700900123';
    const rules = { ...DEFAULT_COMPLIANCE, weeklyCap: { enabled: true, max: 1 }, dailyCap: { enabled: false, max: 3 } };
    await db.calls.add(makeCall({ id: 'monday', phoneE164: phone, startedAt: atClock('2026-10-19', '10:00') }));
    const sundayEvening = atClock('2026-10-25', '20:00');
    const violations = await checkBeforeDial({ phoneE164: phone, at: sundayEvening }, db, rules);
    const weekly = violations.find((violation) => violation.rule === 'weekly-cap');
    expect(weekly?.allowedAt).toBe(atClock('2026-10-26', rules.callingWindow.from));
    expect(weekly?.allowedAt).toBe(Date.UTC(2026, 9, 26, 8, 0)); // 08:00 GMT, the clocks went back
  });
});

describe('Asia/Shanghai file names', () => {
  inZone('Asia/Shanghai', { at: Date.UTC(2026, 0, 15), offsetMinutes: -480 });

  it('name backup, do-not-call and objection files by the local day, also before 08:00', () => {
    const earlyMorning = Date.UTC(2026, 10, 26, 23, 30); // 07:30 on 27 November in China, still the 26th in UTC
    expect(new Date(earlyMorning).toISOString().slice(0, 10)).toBe('2026-11-26');
    expect(backupFileName({ exportedAt: earlyMorning })).toBe('callside-backup-2026-11-27.callside.json');
    expect(dncFileName(earlyMorning)).toBe('callside-dnc-2026-11-27.json');
    expect(objectionsFileName('zh-CN', earlyMorning)).toBe('callside-objections-zh-CN-2026-11-27.json');
  });
});
