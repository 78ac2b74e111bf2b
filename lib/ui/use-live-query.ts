import { dequal } from 'dequal';
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * Subscribes a component to a Dexie query; it re-renders when the tables it
 * read change, in this page or any other Callside page, and the answer is not
 * the same as before. Dexie re-runs a query on every write to what it read, so
 * a call saved in another window would otherwise redraw views it left as they were.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) =>
        setState((current) => (current.status === 'ready' && dequal(current.value, value) ? current : { status: 'ready', value })),
      error: (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the query depends on, like useMemo
  }, deps);
  return state;
}

/**
 * A live query whose answers re-render the component only when `changesView`
 * says what it shows would change. The latest answer is always in `current`,
 * rendered or not: a panel's own write is read back once more by Dexie, and
 * that answer, equal to what the panel already shows, costs no render.
 */
export function useLiveRead<T>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
  changesView: (next: T) => boolean,
): { readonly current: LiveState<T> } {
  const latest = useRef<LiveState<T>>({ status: 'loading' });
  const changes = useRef(changesView);
  changes.current = changesView;
  const [, rendered] = useState(0);
  useEffect(() => {
    latest.current = { status: 'loading' };
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        const first = latest.current.status !== 'ready';
        latest.current = { status: 'ready', value };
        if (first || changes.current(value)) rendered((count) => count + 1);
      },
      error: (error: unknown) => {
        latest.current = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
        rendered((count) => count + 1);
      },
    });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the query depends on, like useMemo
  }, deps);
  return latest;
}
