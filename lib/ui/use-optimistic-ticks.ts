import { useEffect, useRef, useState } from 'preact/hooks';

export interface OptimisticTicks {
  isTicked(itemId: string): boolean;
  toggle(itemId: string, done: boolean): void;
  /** Settles once every tick made so far is written (or has failed and been reported). */
  written(): Promise<unknown>;
}

/**
 * Checkbox ticks that never flip back while their write is in flight: the
 * rep's tick shows at once, writes run one after another in click order (so
 * the last click is also the last write), and the stored value takes over
 * again once nothing is in flight and it agrees. `resetKey` starts afresh (a new call).
 */
export function useOptimisticTicks(
  stored: readonly string[],
  write: (itemId: string, done: boolean) => Promise<unknown>,
  onError: (error: unknown) => void,
  resetKey: unknown,
): OptimisticTicks {
  const [local, setLocal] = useState<ReadonlyMap<string, boolean>>(new Map());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);
  const storedRef = useRef(stored);
  storedRef.current = stored;

  const settle = () => {
    if (inFlight.current > 0) return;
    setLocal((previous) => {
      const agreeing = [...previous].filter(([itemId, done]) => storedRef.current.includes(itemId) === done);
      if (agreeing.length === 0) return previous;
      const next = new Map(previous);
      for (const [itemId] of agreeing) next.delete(itemId);
      return next;
    });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: settles when the stored ticks change
  useEffect(settle, [stored.join('\n')]);
  // A new call starts afresh; the started call's own draft arriving (no key
  // before it) is not a new call, so ticks made meanwhile are kept.
  const previousKey = useRef(resetKey);
  useEffect(() => {
    const previous = previousKey.current;
    previousKey.current = resetKey;
    // Nothing ticked: no state change, so no render of the whole panel.
    if (previous !== undefined && previous !== resetKey) setLocal((ticked) => (ticked.size === 0 ? ticked : new Map()));
  }, [resetKey]);

  return {
    isTicked: (itemId) => local.get(itemId) ?? stored.includes(itemId),
    written: () => queue.current,
    toggle(itemId, done) {
      setLocal((previous) => new Map(previous).set(itemId, done));
      inFlight.current += 1;
      queue.current = queue.current
        .then(() => write(itemId, done))
        .catch(onError)
        .finally(() => {
          inFlight.current -= 1;
          settle();
        });
    },
  };
}
