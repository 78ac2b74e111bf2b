// Targets in the database: one row per (period key, KPI) holding the floor and
// the stretch factor, and every change in targetHistory (when, old, new, why),
// written in one transaction so no change goes unrecorded.
import * as z from 'zod/mini';
import { periodRange } from '../calendar/periods';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { DEFAULT_STRETCH_FACTOR, type Kpi, kpiSchema, type TargetChange, type TargetRecord } from '../db/records';
import { fail, ok, type Result } from '../result';
import { readSetting, writeSetting } from '../settings/settings';
import { DEFAULT_THRESHOLDS } from './pace';

/** Re-exported so the options page needs nothing from lib/db but types. */
export { DEFAULT_STRETCH_FACTOR };

export interface TierTarget {
  id: string;
  period: TargetRecord['period'];
  periodKey: string;
  kpi: Kpi;
  floor: number;
  stretchFactor: number;
  stretch: number;
  updatedAt: number;
}

const cents = (value: number) => Math.round(value * 100) / 100;
const isMoney = (kpi: Kpi) => kpi === 'revenue' || kpi === 'issued';

/** A stored row with its tiers worked out: stretch = floor x factor (whole numbers rounded up for counts). */
export function withTiers(row: TargetRecord): TierTarget {
  const stretchFactor = row.stretchFactor ?? DEFAULT_STRETCH_FACTOR;
  const raw = row.value * stretchFactor;
  return {
    id: row.id,
    period: row.period,
    periodKey: row.periodKey,
    kpi: row.kpi,
    floor: row.value,
    stretchFactor,
    stretch: isMoney(row.kpi) ? cents(raw) : Math.ceil(raw - 1e-9),
    updatedAt: row.updatedAt,
  };
}

/** Every target set for one period key (2026, 2026-Q4, 2026-11, 2026-W48 or 2026-11-26). */
export async function targetsForPeriod(periodKey: string, db: CallsideDatabase = getDatabase()): Promise<TierTarget[]> {
  const range = periodRange(periodKey);
  if (!range) return [];
  const rows = await db.targets.where('[period+periodKey]').equals([range.kind, periodKey]).toArray();
  return rows.map(withTiers);
}

/** Targets of many period keys at once, by key. */
export async function targetsForPeriods(
  periodKeys: readonly string[],
  db: CallsideDatabase = getDatabase(),
): Promise<Map<string, TierTarget[]>> {
  // One read: the period keys of one kind as one range, else the whole table, which holds the
  // targets in force only (a removed one is deleted) and so stays small. Each IndexedDB request
  // costs a round trip to the storage process: the month view's 17 keys of 5 kinds took 17 cursor
  // steps, and 5 range reads cost more than this one read of every row.
  const wanted = new Set<string>();
  const kinds = new Set<string>();
  for (const key of periodKeys) {
    const range = periodRange(key);
    if (!range) continue;
    wanted.add(key);
    kinds.add(range.kind);
  }
  const sorted = [...wanted].sort();
  const [kind] = kinds;
  const rows =
    wanted.size === 0
      ? []
      : kinds.size === 1
        ? await db.targets
            .where('[period+periodKey]')
            .between([kind as string, sorted[0] as string], [kind as string, sorted[sorted.length - 1] as string], true, true)
            .toArray()
        : await db.targets.toArray();
  const byKey = new Map<string, TierTarget[]>(periodKeys.map((key) => [key, []]));
  for (const row of rows) if (wanted.has(row.periodKey)) byKey.get(row.periodKey)?.push(withTiers(row));
  return byKey;
}

export const targetInputSchema = z.object({
  periodKey: z.string(),
  kpi: kpiSchema,
  floor: z.number().check(z.gte(0), z.lte(1e12)),
  stretchFactor: z.number().check(z.gte(1), z.lte(10)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});
export type TargetInput = z.infer<typeof targetInputSchema>;

export type TargetProblem = 'bad-period' | 'bad-floor' | 'bad-stretch' | 'no-reason' | 'whole-number';

/** Checks a target before anything is written; the problem code names what is wrong. */
export function checkTargetInput(input: TargetInput): Result<TargetInput, TargetProblem> {
  if (!periodRange(input.periodKey)) return fail('bad-period');
  if (!Number.isFinite(input.floor) || input.floor < 0 || input.floor > 1e12) return fail('bad-floor');
  if (!isMoney(input.kpi) && !Number.isInteger(input.floor)) return fail('whole-number');
  if (!Number.isFinite(input.stretchFactor) || input.stretchFactor < 1 || input.stretchFactor > 10) return fail('bad-stretch');
  if (input.reason.trim().length === 0) return fail('no-reason');
  return ok({ ...input, floor: isMoney(input.kpi) ? cents(input.floor) : input.floor, reason: input.reason.trim() });
}

/**
 * Sets (or changes) the target of one period and KPI, recording the change.
 * Bad input changes nothing and says why. An unchanged value records nothing.
 */
export async function setTarget(
  input: TargetInput,
  at: number,
  db: CallsideDatabase = getDatabase(),
): Promise<Result<TierTarget, TargetProblem>> {
  const checked = checkTargetInput(input);
  if (!checked.ok) return checked;
  const valid = checked.value;
  const range = periodRange(valid.periodKey);
  if (!range) return fail('bad-period');
  const saved = await db.transaction('rw', db.targets, db.targetHistory, async () => {
    const existing = (await db.targets.where('[period+periodKey]').equals([range.kind, valid.periodKey]).toArray()).find(
      (row) => row.kpi === valid.kpi,
    );
    const old = existing ? { value: existing.value, stretchFactor: existing.stretchFactor ?? DEFAULT_STRETCH_FACTOR } : null;
    const row: TargetRecord = {
      id: existing?.id ?? crypto.randomUUID(),
      period: range.kind,
      periodKey: valid.periodKey,
      kpi: valid.kpi,
      value: valid.floor,
      stretchFactor: valid.stretchFactor,
      updatedAt: at,
    };
    if (old && old.value === row.value && old.stretchFactor === row.stretchFactor) return existing as TargetRecord;
    await db.targets.put(row);
    const change: TargetChange = {
      id: crypto.randomUUID(),
      targetId: row.id,
      periodKey: row.periodKey,
      kpi: row.kpi,
      at,
      old,
      new: { value: row.value, stretchFactor: valid.stretchFactor },
      reason: valid.reason,
    };
    await db.targetHistory.add(change);
    return row;
  });
  return ok(withTiers(saved));
}

/** Removes a target; the removal is kept in the history with its reason. */
export async function removeTarget(
  id: string,
  reason: string,
  at: number,
  db: CallsideDatabase = getDatabase(),
): Promise<Result<true, TargetProblem>> {
  if (reason.trim().length === 0) return fail('no-reason');
  await db.transaction('rw', db.targets, db.targetHistory, async () => {
    const existing = await db.targets.get(id);
    if (!existing) return;
    await db.targets.delete(id);
    await db.targetHistory.add({
      id: crypto.randomUUID(),
      targetId: id,
      periodKey: existing.periodKey,
      kpi: existing.kpi,
      at,
      old: { value: existing.value, stretchFactor: existing.stretchFactor ?? DEFAULT_STRETCH_FACTOR },
      new: null,
      reason: reason.trim(),
    });
  });
  return ok(true);
}

/** The changes of one period's targets (or all), newest first. */
export async function targetChanges(periodKey?: string, db: CallsideDatabase = getDatabase()): Promise<TargetChange[]> {
  const rows = periodKey ? await db.targetHistory.where('periodKey').equals(periodKey).toArray() : await db.targetHistory.toArray();
  return rows.sort((a, b) => b.at - a.at);
}

/** The rep's target settings (options page): status thresholds, default stretch, rate window, midday checkpoint, saved target rates. */
export const targetSettingsSchema = z.object({
  onTrack: z.number().check(z.gt(0), z.lte(2)),
  atRisk: z.number().check(z.gt(0), z.lte(2)),
  stretchFactor: z.number().check(z.gte(1), z.lte(10)),
  rateWindowDays: z.int().check(z.gte(5), z.lte(250)),
  middayClock: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  /** The KPI of the panel's two bars; absent: the first KPI with a month target. */
  headlineKpi: z.optional(kpiSchema),
  /** Target rates from an applied reverse plan: the weakest lever is measured against these when set. */
  targetRates: z.optional(z.record(z.string(), z.number())),
});
export type TargetSettings = z.infer<typeof targetSettingsSchema>;

export const DEFAULT_TARGET_SETTINGS: TargetSettings = {
  onTrack: DEFAULT_THRESHOLDS.onTrack,
  atRisk: DEFAULT_THRESHOLDS.atRisk,
  stretchFactor: DEFAULT_STRETCH_FACTOR,
  rateWindowDays: 30,
  middayClock: '13:00',
};
const SETTINGS_KEY = 'targets';

export function loadTargetSettings(db: CallsideDatabase = getDatabase()): Promise<TargetSettings> {
  return readSetting(SETTINGS_KEY, targetSettingsSchema, DEFAULT_TARGET_SETTINGS, db);
}

export async function saveTargetSettings(
  settings: TargetSettings,
  db: CallsideDatabase = getDatabase(),
): Promise<Result<TargetSettings, 'bad-thresholds' | 'bad-settings'>> {
  const parsed = targetSettingsSchema.safeParse(settings);
  if (!parsed.success) return fail('bad-settings');
  if (parsed.data.atRisk > parsed.data.onTrack) return fail('bad-thresholds');
  await writeSetting(SETTINGS_KEY, targetSettingsSchema, parsed.data, db);
  return ok(parsed.data);
}
