// Local calendar arithmetic for the guard. Everything is the rep's local time
// (Date's local getters), so daylight-saving days are handled by Date itself.

/** Minutes since local midnight of `at`. */
export function minuteOfDay(at: number): number {
  const date = new Date(at);
  return date.getHours() * 60 + date.getMinutes();
}

export const parseClock = (clock: string): number => {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};

/** Epoch ms of local midnight starting the day of `at`, shifted by `days`. */
export function startOfLocalDay(at: number, days = 0): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** Local Monday 00:00 of the week containing `at` (weeks start on Monday, as in China and ISO 8601). */
export function startOfLocalWeek(at: number, weeks = 0): number {
  const weekday = (new Date(at).getDay() + 6) % 7; // Monday 0 ... Sunday 6
  return startOfLocalDay(at, -weekday + weeks * 7);
}

/** Epoch ms of `clock` (HH:MM) on the local day of `dayStart`. */
export function atClock(dayStart: number, clock: string): number {
  const date = new Date(dayStart);
  const minutes = parseClock(clock);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), Math.floor(minutes / 60), minutes % 60).getTime();
}
