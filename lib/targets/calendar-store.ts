// The working-day calendar as stored in the `calendar` table: only the days
// that differ from "weekends off" are rows. zh-CN reps get China's official
// holidays and make-up working days seeded once; every rep can mark any day
// off or on in options, and a mark back to the default removes the row.

import { defaultCalendarDays } from '../calendar/holidays';
import type { CalendarEntries, DayKind } from '../calendar/working-days';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { CalendarDay } from '../db/records';

const SEEDED_KEY = 'calendar.seeded';

/**
 * Seeds the calendar's defaults for the rep's language, once per database.
 * The China data is loaded outside the transaction (never await non-Dexie
 * work inside one) and written only where the rep has not marked a day.
 */
export async function seedCalendar(language: 'en' | 'zh-CN', db: CallsideDatabase = getDatabase()): Promise<void> {
  if (await db.settings.get(SEEDED_KEY)) return;
  const official = await defaultCalendarDays(language);
  await db.transaction('rw', db.calendar, db.settings, async () => {
    if (await db.settings.get(SEEDED_KEY)) return;
    const existing = new Set((await db.calendar.toCollection().primaryKeys()) as string[]);
    const rows: CalendarDay[] = official.filter((entry) => !existing.has(entry.day)).map((entry) => ({ ...entry, source: 'official' }));
    await db.calendar.bulkPut(rows);
    await db.settings.put({ key: SEEDED_KEY, value: { language } });
  });
}

/** Replaces the official rows with China's calendar (on) or removes them (off); the rep's own marks stay. */
export async function setChinaCalendar(on: boolean, language: 'en' | 'zh-CN', db: CallsideDatabase = getDatabase()): Promise<void> {
  const official = on ? await defaultCalendarDays('zh-CN') : [];
  const names = on && language === 'en' ? (await import('../calendar/holidays-china')).chinaOfficialDays('en') : official;
  await db.transaction('rw', db.calendar, db.settings, async () => {
    const rows = await db.calendar.toArray();
    const mine = new Set(rows.filter((row) => row.source === 'user').map((row) => row.day));
    await db.calendar.bulkDelete(rows.filter((row) => row.source !== 'user').map((row) => row.day));
    await db.calendar.bulkPut(names.filter((entry) => !mine.has(entry.day)).map((entry) => ({ ...entry, source: 'official' as const })));
    await db.settings.put({ key: SEEDED_KEY, value: { language, china: on } });
  });
}

/** The rep marks one day: off ('holiday'), on ('workday'), or back to the default ('default' removes the mark). */
export async function markDay(day: string, mark: DayKind | 'default', db: CallsideDatabase = getDatabase()): Promise<void> {
  if (mark === 'default') {
    await db.calendar.delete(day);
    return;
  }
  // A mark that only restates the weekend rule is kept too: it overrides an official day the rep disagrees with.
  await db.calendar.put({ day, kind: mark, source: 'user' });
}

/** Calendar entries between two days (inclusive) as the Map lib/calendar's working-day functions take. */
export async function calendarEntries(first: string, last: string, db: CallsideDatabase = getDatabase()): Promise<Map<string, DayKind>> {
  const rows = await db.calendar.where('day').between(first, last, true, true).toArray();
  return new Map(rows.map((row) => [row.day, row.kind]));
}

/** The stored rows of a range, for the options calendar (names and who set them). */
export function calendarRows(first: string, last: string, db: CallsideDatabase = getDatabase()): Promise<CalendarDay[]> {
  return db.calendar.where('day').between(first, last, true, true).toArray();
}

export type { CalendarEntries };

/** True when China's official holidays and make-up days are in the calendar (the options switch shows it). */
export async function usesOfficialCalendar(db: CallsideDatabase = getDatabase()): Promise<boolean> {
  return (await db.calendar.filter((row) => row.source === 'official').count()) > 0;
}
