import * as z from 'zod/mini';
import { isDayKey } from '../calendar/day-key';
import { type CallsideDatabase, getDatabase } from '../db/database';
import { readSetting, writeSetting } from '../settings/settings';

const daySchema = z.string().check(z.refine(isDayKey, { message: 'Not a calendar day (YYYY-MM-DD)' }));

/** The team exchange's own settings, on the rep's and on the lead's machine. */
export const teamSettingsSchema = z.object({
  /** The rep's first working day, for the tenure stage (磨合期 ... 成熟期). */
  repStartDate: z.nullable(daySchema),
  /** When the lead's team was formed, for the team's own stage; null: the earliest rep start date. */
  teamStartDate: z.nullable(daySchema),
  /** A rate ranks on the leaderboard only past this many dials, so two lucky calls never top it. */
  minimumDials: z.int().check(z.minimum(1), z.maximum(100_000)),
  /** The playbook version the rep accepted last, carried by the next summary. */
  playbook: z.nullable(z.object({ version: z.int().check(z.minimum(1)), acceptedAt: z.number() })),
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

export const DEFAULT_TEAM_SETTINGS: TeamSettings = { repStartDate: null, teamStartDate: null, minimumDials: 50, playbook: null };
const TEAM_SETTINGS_KEY = 'team';

export async function loadTeamSettings(db: CallsideDatabase = getDatabase()): Promise<TeamSettings> {
  const stored = await readSetting(TEAM_SETTINGS_KEY, z.partial(teamSettingsSchema), {}, db);
  return { ...DEFAULT_TEAM_SETTINGS, ...stored };
}

/** Validates the merged settings whole before writing (throws a ZodError on bad input). */
export async function saveTeamSettings(change: Partial<TeamSettings>, db: CallsideDatabase = getDatabase()): Promise<TeamSettings> {
  const next = teamSettingsSchema.parse({ ...(await loadTeamSettings(db)), ...change });
  await writeSetting(TEAM_SETTINGS_KEY, teamSettingsSchema, next, db);
  return next;
}
