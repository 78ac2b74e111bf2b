// The side panel's first paint reads its two rows with raw IndexedDB, so the
// first frame needs neither Dexie nor Zod (DESIGN.md section 5: the panel's
// initial JS <= 60 KB gzip). Read-only and never creating anything: the
// database belongs to Dexie (lib/db/database.ts), which opens, upgrades and
// validates it right after the first paint.
import type { Industry, Language, ThemePreference } from '../settings/settings';

/** database.ts's DATABASE_NAME, written out: importing database.ts would bring Dexie into the first frame (a unit test keeps them equal). */
export const FIRST_PAINT_DATABASE = 'callside';

/** The day's totals as the rollups store holds them (DailyRollup without its schema). */
export interface RawTotals {
  dials: number;
  connects: number;
  effective: number;
  quotes: number;
  deals: number;
  revenue: number;
  talkSeconds: number;
  byOutcome: Record<string, number>;
}

/** What the first frame shows: only for an onboarded rep; anything else waits for the full panel. */
export interface FirstPaintData {
  language: Language;
  theme: ThemePreference;
  industry: Industry;
  today: RawTotals;
}

const LANGUAGES: readonly string[] = ['en', 'zh-CN'];
const THEMES: readonly string[] = ['system', 'light', 'dark'];
const INDUSTRIES: readonly string[] = ['car-insurance', 'home-renovation', 'other'];
const COUNTS = ['dials', 'connects', 'effective', 'quotes', 'deals', 'revenue', 'talkSeconds'] as const;

/** settings.ts pickLanguage, without its Zod schemas: Chinese browsers get zh-CN, everyone else English. */
export const browserUiLanguage = (browserLanguage: string): Language => (browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Today's totals if the stored row looks like a rollup; an absent row is a day with no calls. */
function rawTotals(row: unknown): RawTotals | undefined {
  const zero: RawTotals = { dials: 0, connects: 0, effective: 0, quotes: 0, deals: 0, revenue: 0, talkSeconds: 0, byOutcome: {} };
  if (row === undefined) return zero;
  if (!isRecord(row) || !COUNTS.every((key) => typeof row[key] === 'number' && Number.isFinite(row[key]))) return undefined;
  return { ...zero, ...(row as unknown as RawTotals) };
}

/**
 * Turns the stored profile and today's rollup into what the first frame
 * shows, or undefined when the full panel must decide (first run, a profile
 * or rollup that does not look right: the full panel validates and explains).
 */
export function firstPaintFrom(profileRow: unknown, rollupRow: unknown, browserLanguage: string): FirstPaintData | undefined {
  const profile = isRecord(profileRow) && isRecord(profileRow.value) ? profileRow.value : undefined;
  if (!profile || typeof profile.onboardedAt !== 'number') return undefined;
  const today = rawTotals(rollupRow);
  if (!today) return undefined;
  const stored = typeof profile.language === 'string' && LANGUAGES.includes(profile.language) ? (profile.language as Language) : undefined;
  const language = stored ?? browserUiLanguage(browserLanguage);
  const theme = typeof profile.theme === 'string' && THEMES.includes(profile.theme) ? (profile.theme as ThemePreference) : 'system';
  const industry = typeof profile.industry === 'string' && INDUSTRIES.includes(profile.industry) ? (profile.industry as Industry) : 'other';
  return { language, theme, industry, today };
}

/**
 * One read-only transaction over settings and rollups: the profile and the
 * rollup of `day`. Resolves undefined (never rejects) when the database does
 * not exist yet, lacks the stores, or cannot be read: the full panel then
 * paints first, as it always did.
 */
export function readFirstPaint(
  day: string,
  browserLanguage: string,
  name: string = FIRST_PAINT_DATABASE,
): Promise<FirstPaintData | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    // No database yet: opening without a version would create an empty one under Dexie's feet. Abort instead.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // A Dexie upgrade in another page must never wait on this connection.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('rollups')) {
        db.close();
        resolve(undefined);
        return;
      }
      try {
        const tx = db.transaction(['settings', 'rollups'], 'readonly');
        const profile = tx.objectStore('settings').get('profile');
        const rollup = tx.objectStore('rollups').get(day);
        tx.oncomplete = () => {
          db.close();
          resolve(firstPaintFrom(profile.result, rollup.result, browserLanguage));
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}
