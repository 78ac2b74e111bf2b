// The working-day calendar's defaults per language: zh-CN reps get China's
// official holidays and make-up working days, everyone else weekends only.
// The China data loads on demand so no first paint carries it.
import type { OfficialDay } from './holidays-china';

export type { OfficialDay };

/** Loads the China calendar module (a chunk of its own). */
export function loadChinaCalendar(): Promise<typeof import('./holidays-china')> {
  return import('./holidays-china');
}

/** The default entries for a language: China's official days for zh-CN, none (weekends only) for English. */
export async function defaultCalendarDays(language: 'en' | 'zh-CN'): Promise<OfficialDay[]> {
  if (language !== 'zh-CN') return [];
  const { chinaOfficialDays } = await loadChinaCalendar();
  return chinaOfficialDays(language);
}
