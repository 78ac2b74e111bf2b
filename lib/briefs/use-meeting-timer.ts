import { useEffect, useState } from 'preact/hooks';

/** Minutes per meeting (DOMAIN.md: morning 30, midday 30, evening 20). */
export const MEETING_MINUTES = { morning: 30, midday: 30, evening: 20 } as const;

/** A countdown on the page's clock: the interval only re-reads `now()`, so a pinned clock pins the timer. */
export function useMeetingTimer(now: () => number, minutes: number) {
  const [startedAt, setStartedAt] = useState<number>();
  const [at, setAt] = useState(now);
  useEffect(() => {
    if (startedAt === undefined) return;
    const tick = setInterval(() => setAt(now()), 1000);
    return () => clearInterval(tick);
  }, [startedAt, now]);
  const remainingMs = startedAt === undefined ? minutes * 60_000 : Math.max(0, startedAt + minutes * 60_000 - at);
  return {
    running: startedAt !== undefined,
    remainingMs,
    start: () => {
      const begin = now();
      setAt(begin);
      setStartedAt(begin);
    },
    stop: () => setStartedAt(undefined),
  };
}
