// China's official calendar (国务院办公厅 holiday notices) from the
// chinese-days package: public holidays and the make-up working days (调休)
// for every year it covers. About 37 KB of JSON, so this file is only ever
// loaded with a dynamic import (see ./holidays.ts), never in a first paint.
import chinaDays from 'chinese-days/dist/chinese-days.json';
import type { DayKey } from './day-key';
import type { DayKind } from './working-days';

export interface OfficialDay {
  day: DayKey;
  kind: DayKind;
  /** The holiday's name in the requested language, e.g. 国庆节 / National Day. */
  name: string;
}

// The package writes each entry as "English name,中文名,length".
function nameOf(entry: string, language: 'en' | 'zh-CN'): string {
  const [english = '', chinese = ''] = entry.split(',');
  return language === 'zh-CN' ? chinese || english : english || chinese;
}

/** Every official holiday and make-up working day, oldest first. */
export function chinaOfficialDays(language: 'en' | 'zh-CN'): OfficialDay[] {
  const days: OfficialDay[] = [];
  for (const [day, entry] of Object.entries(chinaDays.holidays as Record<string, string>))
    days.push({ day, kind: 'holiday', name: nameOf(entry, language) });
  for (const [day, entry] of Object.entries(chinaDays.workdays as Record<string, string>))
    days.push({ day, kind: 'workday', name: nameOf(entry, language) });
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** First and last year the package has official data for. */
export function chinaCalendarYears(): { first: number; last: number } {
  const years = Object.keys(chinaDays.holidays as Record<string, string>).map((day) => Number(day.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}
