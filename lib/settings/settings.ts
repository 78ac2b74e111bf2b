import * as z from 'zod/mini';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { Failure } from '../result';

export const languageSchema = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof languageSchema>;

export const industrySchema = z.enum(['car-insurance', 'home-renovation', 'other']);
export type Industry = z.infer<typeof industrySchema>;

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

/**
 * Regions libphonenumber can read numbers in (its getCountries(); a unit test
 * keeps the two equal). Written out because the side panel's first paint
 * reads settings but loads libphonenumber's metadata only later.
 */
export const PHONE_REGIONS: readonly string[] = (
  'AC AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ CA ' +
  'CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TG TH TJ TK TL TM TN TO TR TT ' +
  'TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');
const PHONE_REGION_SET = new Set(PHONE_REGIONS);

export const profileSchema = z.object({
  repName: z.string().check(z.trim(), z.maxLength(80)),
  repId: z.string().check(z.minLength(1)),
  team: z.string().check(z.trim(), z.maxLength(80)),
  /** 'auto' follows the browser language. */
  language: z.union([languageSchema, z.literal('auto')]),
  theme: themePreferenceSchema,
  industry: industrySchema,
  /** Region used to read phone numbers written without a country code (ISO 3166 alpha-2). */
  defaultRegion: z.string().check(z.refine((region) => PHONE_REGION_SET.has(region), { message: 'Unknown phone region' })),
  /** Seconds after which a connected call counts as an effective conversation. */
  effectiveSeconds: z.int().check(z.minimum(0), z.maximum(3600)),
  onboardedAt: z.optional(z.number()),
});
export type Profile = z.infer<typeof profileSchema>;

const PROFILE_KEY = 'profile';

export function defaultProfile(browserLanguage: string): Profile {
  const language = pickLanguage(browserLanguage);
  return {
    repName: '',
    repId: crypto.randomUUID(),
    team: '',
    language: 'auto',
    theme: 'system',
    industry: language === 'zh-CN' ? 'car-insurance' : 'home-renovation',
    defaultRegion: language === 'zh-CN' ? 'CN' : 'US',
    effectiveSeconds: 30,
  };
}

/** Chinese browsers get zh-CN, everyone else English. */
export function pickLanguage(browserLanguage: string): Language {
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function resolveLanguage(profile: Pick<Profile, 'language'>, browserLanguage: string): Language {
  return profile.language === 'auto' ? pickLanguage(browserLanguage) : profile.language;
}

export type ProfileLoad =
  | { ok: true; profile: Profile; stored: boolean }
  /** Stored data failed validation: defaults are used but the raw value is kept untouched. */
  | { ok: false; profile: Profile; raw: unknown; error: Failure<'invalid'> };

export async function loadProfile(browserLanguage: string, db: CallsideDatabase = getDatabase()): Promise<ProfileLoad> {
  const row = await db.settings.get(PROFILE_KEY);
  const fallback = defaultProfile(browserLanguage);
  if (!row) return { ok: true, profile: fallback, stored: false };
  const parsed = profileSchema.safeParse({ ...fallback, ...(row.value as object) });
  if (parsed.success) return { ok: true, profile: parsed.data, stored: true };
  return { ok: false, profile: fallback, raw: row.value, error: { code: 'invalid', detail: z.prettifyError(parsed.error) } };
}

/** Validates the whole profile before writing; throws a ZodError on bad input. */
export async function saveProfile(profile: Profile, db: CallsideDatabase = getDatabase()): Promise<Profile> {
  const valid = profileSchema.parse(profile);
  await db.settings.put({ key: PROFILE_KEY, value: valid });
  return valid;
}

/** Generic typed setting access for feature modules (compliance rules, targets, ...). */
export async function readSetting<T>(key: string, schema: z.ZodMiniType<T>, fallback: T, db: CallsideDatabase = getDatabase()): Promise<T> {
  const row = await db.settings.get(key);
  if (!row) return fallback;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}

export async function writeSetting<T>(
  key: string,
  schema: z.ZodMiniType<T>,
  value: T,
  db: CallsideDatabase = getDatabase(),
): Promise<void> {
  await db.settings.put({ key, value: schema.parse(value) });
}
