// The one source of "now". Pages get a Clock through their services so that
// "today" is testable everywhere; nothing else calls Date.now() for business logic.
import { type DayKey, dayKeyOf } from './day-key';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock pinned to a moment (tests, previews); `set` moves it. */
export function fixedClock(at: number): Clock & { set(at: number): void } {
  let current = at;
  return {
    now: () => current,
    set: (next: number) => {
      current = next;
    },
  };
}

/** Today's local day key on this clock. */
export function today(clock: Clock): DayKey {
  return dayKeyOf(clock.now());
}
