import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLIANCE, loadComplianceSettings, saveComplianceSettings } from '../../../lib/compliance/compliance-settings';
import { describeViolation } from '../../../lib/compliance/describe-violation';
import { addToDnc } from '../../../lib/compliance/dnc';
import { checkBeforeDial, type GuardRule, needsReason } from '../../../lib/compliance/guard';
import type { CallsideDatabase } from '../../../lib/db/database';
import type { CallRecord } from '../../../lib/db/records';
import { createTranslator } from '../../../lib/i18n';
import { freshDatabase } from '../../helpers/db';

const PHONE = '+8613800138000';
const OTHER = '+8613900139000';
/** Local wall-clock time (the test runs in Asia/Shanghai; see beforeAll). */
const local = (day: string, clock: string) => new Date(`${day}T${clock}:00`).getTime();

let sequence = 0;
async function logCall(db: CallsideDatabase, startedAt: number, phoneE164 = PHONE): Promise<void> {
  const call: CallRecord = {
    id: `call-${++sequence}`,
    startedAt,
    endedAt: startedAt + 30_000,
    day: new Date(startedAt).toISOString().slice(0, 10),
    durationSec: 0,
    outcomeId: 'no-answer',
    flags: { dialed: 1, connected: 0, effective: 0, quoted: 0, deal: 0 },
    amount: 0,
    phoneE164,
    notes: '',
    scriptPath: [],
    checklistDone: [],
    rebuttalsUsed: [],
    overrides: [],
    updatedAt: startedAt,
  };
  await db.calls.add(call);
}
const rules = async (db: CallsideDatabase, at: number, phoneE164: string | undefined = PHONE) =>
  (await checkBeforeDial({ phoneE164, at }, db)).map((violation) => violation.rule);

describe('pre-dial compliance guard', () => {
  const originalTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('ships the DOMAIN.md defaults as settings, and stores edits', async () => {
    const db = freshDatabase();
    expect(await loadComplianceSettings(db)).toEqual(DEFAULT_COMPLIANCE);
    await saveComplianceSettings({ ...DEFAULT_COMPLIANCE, dailyCap: { enabled: true, max: 2 } }, db);
    expect((await loadComplianceSettings(db)).dailyCap.max).toBe(2);
    await expect(
      saveComplianceSettings({ ...DEFAULT_COMPLIANCE, callingWindow: { enabled: true, from: '8am', to: '21:00' } }, db),
    ).rejects.toThrow();
  });

  it('calling window 08:00-21:00, local time, says when calling opens again', async () => {
    const db = freshDatabase();
    expect(await rules(db, local('2026-11-26', '07:59'))).toEqual(['calling-window']);
    expect(await rules(db, local('2026-11-26', '08:00'))).toEqual([]);
    expect(await rules(db, local('2026-11-26', '20:59'))).toEqual([]);
    const late = await checkBeforeDial({ phoneE164: PHONE, at: local('2026-11-26', '21:00') }, db);
    expect(late[0]).toMatchObject({ rule: 'calling-window', severity: 'violation', allowedAt: local('2026-11-27', '08:00') });
    const early = await checkBeforeDial({ phoneE164: PHONE, at: local('2026-11-26', '06:10') }, db);
    expect(early[0]?.allowedAt).toBe(local('2026-11-26', '08:00'));
  });

  it('uses the rep local clock, not UTC', async () => {
    const db = freshDatabase();
    // 13:30 UTC is 21:30 in Shanghai: fine in London, too late here.
    const instant = Date.UTC(2026, 10, 26, 13, 30);
    expect(await rules(db, instant)).toEqual(['calling-window']);
    process.env.TZ = 'Europe/London';
    try {
      expect(await rules(db, instant)).toEqual([]);
    } finally {
      process.env.TZ = 'Asia/Shanghai';
    }
  });

  it('lunch break 12:00-13:30', async () => {
    const db = freshDatabase();
    expect(await rules(db, local('2026-11-26', '11:59'))).toEqual([]);
    const lunch = await checkBeforeDial({ phoneE164: PHONE, at: local('2026-11-26', '12:00') }, db);
    expect(lunch).toEqual([expect.objectContaining({ rule: 'lunch-break', allowedAt: local('2026-11-26', '13:30') })]);
    expect(await rules(db, local('2026-11-26', '13:29'))).toEqual(['lunch-break']);
    expect(await rules(db, local('2026-11-26', '13:30'))).toEqual([]);
  });

  it('daily cap: the 4th call to one number in a day, counted from local midnight', async () => {
    const db = freshDatabase();
    await logCall(db, local('2026-11-25', '20:00')); // yesterday
    await logCall(db, local('2026-11-26', '09:00'));
    await logCall(db, local('2026-11-26', '10:00'));
    await logCall(db, local('2026-11-26', '11:00'), OTHER);
    expect(await rules(db, local('2026-11-26', '14:00'))).toEqual([]);
    await logCall(db, local('2026-11-26', '14:00'));
    const fourth = await checkBeforeDial({ phoneE164: PHONE, at: local('2026-11-26', '15:00') }, db);
    expect(fourth).toEqual([
      expect.objectContaining({ rule: 'daily-cap', detail: { count: 3, cap: 3 }, allowedAt: local('2026-11-27', '08:00') }),
    ]);
    expect(needsReason(fourth)).toBe(true);
    expect(await rules(db, local('2026-11-26', '15:00'), OTHER)).toEqual([]);
  });

  it('weekly cap: 5 a week, the week starting local Monday 00:00', async () => {
    const db = freshDatabase();
    // 2026-11-22 is a Sunday, 2026-11-23 a Monday.
    await logCall(db, local('2026-11-22', '20:00')); // last week
    await logCall(db, local('2026-11-22', '20:30'));
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']) await logCall(db, local(day, '10:00'));
    expect(await rules(db, local('2026-11-27', '10:00'))).toEqual([]);
    await logCall(db, local('2026-11-27', '10:00'));
    const sixth = await checkBeforeDial({ phoneE164: PHONE, at: local('2026-11-28', '10:00') }, db);
    expect(sixth).toEqual([
      expect.objectContaining({ rule: 'weekly-cap', detail: { count: 5, cap: 5 }, allowedAt: local('2026-11-30', '08:00') }),
    ]);
    // Monday 00:00 local starts a fresh week (the calling window still applies at that hour).
    expect(await rules(db, local('2026-11-30', '00:00'))).toEqual(['calling-window']);
    expect(await rules(db, local('2026-11-29', '23:59'))).toEqual(['calling-window', 'weekly-cap']);
  });

  it('minimum interval (off by default, on when set)', async () => {
    const db = freshDatabase();
    await logCall(db, local('2026-11-26', '09:00'));
    expect(await rules(db, local('2026-11-26', '09:10'))).toEqual([]);
    await saveComplianceSettings({ ...DEFAULT_COMPLIANCE, minInterval: { enabled: true, minutes: 30 } }, db);
    const soon = await checkBeforeDial({ phoneE164: PHONE, at: local('2026-11-26', '09:10') }, db);
    expect(soon).toEqual([
      expect.objectContaining({ rule: 'min-interval', detail: { minutes: 10, required: 30 }, allowedAt: local('2026-11-26', '09:30') }),
    ]);
    expect(await rules(db, local('2026-11-26', '09:30'))).toEqual([]);
  });

  it('burst: a warning at 20 dials in 30 minutes, any numbers', async () => {
    const db = freshDatabase();
    const start = local('2026-11-26', '09:00');
    for (let index = 0; index < 18; index++) await logCall(db, start + index * 60_000, `+86139000000${String(index).padStart(2, '0')}`);
    expect(await rules(db, start + 20 * 60_000)).toEqual([]);
    await logCall(db, start + 19 * 60_000, '+8613700000000');
    const burst = await checkBeforeDial({ phoneE164: PHONE, at: start + 20 * 60_000 }, db);
    expect(burst).toEqual([
      expect.objectContaining({ rule: 'burst', severity: 'warning', detail: { count: 20, minutes: 30 }, allowedAt: start + 30 * 60_000 }),
    ]);
    expect(needsReason(burst)).toBe(false);
    // Dials older than 30 minutes no longer count.
    expect(await rules(db, start + 31 * 60_000)).toEqual([]);
  });

  it('do-not-call list, by hash', async () => {
    const db = freshDatabase();
    await addToDnc(PHONE, 'outcome', db);
    expect(await rules(db, local('2026-11-26', '10:00'))).toEqual(['dnc']);
    expect(await rules(db, local('2026-11-26', '10:00'), OTHER)).toEqual([]);
    expect(JSON.stringify(await db.dncBuckets.toArray())).not.toContain('13800138000');
  });

  it('checks no per-number rule when there is no number, and each rule can be switched off', async () => {
    const db = freshDatabase();
    await addToDnc(PHONE, 'manual', db);
    const withoutNumber = await checkBeforeDial({ at: local('2026-11-26', '12:30') }, db);
    expect(withoutNumber.map((violation) => violation.rule)).toEqual(['lunch-break']);
    const off = Object.fromEntries(Object.entries(DEFAULT_COMPLIANCE).map(([key, value]) => [key, { ...value, enabled: false }]));
    await saveComplianceSettings(off as typeof DEFAULT_COMPLIANCE, db);
    expect(await rules(db, local('2026-11-26', '23:30'))).toEqual([]);
  });

  it('says which day calling is allowed again when it is not today', () => {
    const t = createTranslator('en');
    const at = (clock: string) => () => clock;
    const now = local('2026-11-26', '15:00'); // a Thursday
    const violation = { rule: 'daily-cap' as const, detail: { count: 3, cap: 3 }, severity: 'violation' as const };
    expect(describeViolation({ ...violation, allowedAt: local('2026-11-26', '16:00') }, t, at('16:00'), now)).toMatch(
      /Allowed again at 16:00\.$/,
    );
    expect(describeViolation({ ...violation, allowedAt: local('2026-11-27', '08:00') }, t, at('08:00'), now)).toMatch(
      /Allowed again tomorrow at 08:00\.$/,
    );
    expect(describeViolation({ ...violation, allowedAt: local('2026-11-30', '08:00') }, t, at('08:00'), now)).toMatch(
      /Allowed again on Monday at 08:00\.$/,
    );
    expect(
      describeViolation({ ...violation, allowedAt: local('2026-11-30', '08:00') }, createTranslator('zh-CN'), at('08:00'), now),
    ).toContain('周一 08:00 后可再拨打');
  });

  it('describes every rule with when calling is allowed again, in both languages', () => {
    const all: GuardRule[] = ['calling-window', 'lunch-break', 'daily-cap', 'weekly-cap', 'min-interval', 'burst', 'dnc'];
    for (const language of ['en', 'zh-CN'] as const) {
      const t = createTranslator(language);
      for (const rule of all) {
        const text = describeViolation(
          {
            rule,
            allowedAt: 0,
            detail: { from: '08:00', to: '21:00', count: 3, cap: 3, minutes: 10, required: 30 },
            severity: 'violation',
          },
          t,
          () => '08:00',
        );
        expect(text).not.toMatch(/\{|guard\./);
        expect(text).toContain('08:00');
      }
    }
  });
});
