import { dayKeyOf } from '../calendar';

/** The rep's local day, as stored days are: before 08:00 in China a UTC date would be yesterday's. */
export const dncFileName = (exportedAt: number): string => `callside-dnc-${dayKeyOf(exportedAt)}.json`;
