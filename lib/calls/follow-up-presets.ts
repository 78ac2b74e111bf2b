import { addDays, atClock, dayKeyOf, isoWeekday } from '../calendar';

export type FollowUpPresetId = 'in-1h' | 'in-3h' | 'tomorrow-10' | 'tomorrow-15' | 'monday-10';

export interface FollowUpPreset {
  id: FollowUpPresetId;
  at: number;
}

const HOUR = 3_600_000;
const FIVE_MINUTES = 300_000;

/** Rounded up to the next 5 minutes, so "in 1 hour" reads 15:05, not 15:03:41. */
const roundUp = (at: number) => Math.ceil(at / FIVE_MINUTES) * FIVE_MINUTES;

/**
 * The follow-up times a rep picks from when a customer asks to be called back:
 * later today, tomorrow morning or afternoon, and next Monday morning (a
 * Friday "call me next week").
 */
export function followUpPresets(now: number): FollowUpPreset[] {
  const today = dayKeyOf(now);
  const tomorrow = addDays(today, 1);
  const nextMonday = addDays(today, 8 - isoWeekday(today));
  return [
    { id: 'in-1h', at: roundUp(now + HOUR) },
    { id: 'in-3h', at: roundUp(now + 3 * HOUR) },
    { id: 'tomorrow-10', at: atClock(tomorrow, '10:00') },
    { id: 'tomorrow-15', at: atClock(tomorrow, '15:00') },
    { id: 'monday-10', at: atClock(nextMonday, '10:00') },
  ];
}
