import { useMemo, useRef } from 'preact/hooks';

// biome-ignore lint/suspicious/noExplicitAny: handlers of any signature
type Handlers = Record<string, (...args: any[]) => unknown>;

/**
 * The same function objects on every render, each calling the latest
 * handler: components given them can skip re-rendering (memo) when nothing
 * they show has changed. The set of names must not change between renders.
 */
export function useStableHandlers<T extends Handlers>(handlers: T): T {
  const latest = useRef(handlers);
  latest.current = handlers;
  // biome-ignore lint/correctness/useExhaustiveDependencies: built once; each call reads the latest handlers
  return useMemo(
    () => Object.fromEntries(Object.keys(handlers).map((name) => [name, (...args: unknown[]) => latest.current[name]?.(...args)])) as T,
    [],
  );
}
