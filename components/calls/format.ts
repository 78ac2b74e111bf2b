// Times of day and date-times come from lib/ui/time-format.ts (one format per language).
export { formatClockTime as formatTime, formatDateTime, fromDateTimeInput, toDateTimeInput } from '../../lib/ui/time-format';

/** Talk time as h:mm:ss or m:ss. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
