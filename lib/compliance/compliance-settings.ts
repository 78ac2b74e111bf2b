import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { readSetting, writeSetting } from '../settings/settings';

/** "HH:MM", local time. */
const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));
const count = z.int().check(z.minimum(1), z.maximum(1000));

/**
 * Pre-dial rules, each a setting. Defaults follow common Chinese telesales
 * guidance (DOMAIN.md "Compliance and privacy"). The minimum interval is not
 * in that guidance, so it ships off.
 */
export const complianceSettingsSchema = z.object({
  callingWindow: z.object({ enabled: z.boolean(), from: clockTime, to: clockTime }),
  lunchBreak: z.object({ enabled: z.boolean(), from: clockTime, to: clockTime }),
  dailyCap: z.object({ enabled: z.boolean(), max: count }),
  weeklyCap: z.object({ enabled: z.boolean(), max: count }),
  minInterval: z.object({ enabled: z.boolean(), minutes: z.int().check(z.minimum(1), z.maximum(7 * 24 * 60)) }),
  burst: z.object({ enabled: z.boolean(), dials: count, minutes: z.int().check(z.minimum(1), z.maximum(24 * 60)) }),
  dnc: z.object({ enabled: z.boolean() }),
});
export type ComplianceSettings = z.infer<typeof complianceSettingsSchema>;

export const DEFAULT_COMPLIANCE: ComplianceSettings = {
  callingWindow: { enabled: true, from: '08:00', to: '21:00' },
  lunchBreak: { enabled: true, from: '12:00', to: '13:30' },
  dailyCap: { enabled: true, max: 3 },
  weeklyCap: { enabled: true, max: 5 },
  minInterval: { enabled: false, minutes: 30 },
  burst: { enabled: true, dials: 20, minutes: 30 },
  dnc: { enabled: true },
};

const COMPLIANCE_KEY = 'compliance';

export function loadComplianceSettings(db: CallsideDatabase = getDatabase()): Promise<ComplianceSettings> {
  return readSetting(COMPLIANCE_KEY, complianceSettingsSchema, DEFAULT_COMPLIANCE, db);
}

/** Validates whole before writing; throws a ZodError on bad input. */
export function saveComplianceSettings(settings: ComplianceSettings, db: CallsideDatabase = getDatabase()): Promise<void> {
  return writeSetting(COMPLIANCE_KEY, complianceSettingsSchema, settings, db);
}
