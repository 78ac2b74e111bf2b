import { dequal } from 'dequal';
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

export interface LiveQueryOptions {
  /**
   * A summary the rep glances at (today's numbers, the month), not what the
   * rep is acting on: its redraws yield to input and to the call's own
   * updates, in this panel and in another window's panel (all of the
   * extension's pages share one main thread).
   */
  background?: boolean;
}

interface PostTaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/** Runs `task` once the page has nothing more urgent to do (background priority where the browser has it). */
function whenIdle(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task, 0);
}

/**
 * Subscribes a component to a Dexie query; it re-renders when the tables it
 * read change, in this page or any other Callside page, and the answer is not
 * the same as before. Dexie re-runs a query on every write to what it read, so
 * a call saved in another window would otherwise redraw views it left as they were.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[], options: LiveQueryOptions = {}): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    let subscribed = true;
    const show = (next: LiveState<T>) => {
      const apply = () => {
        if (!subscribed) return;
        setState((current) =>
          next.status === 'ready' && current.status === 'ready' && dequal(current.value, next.value) ? current : next,
        );
      };
      if (options.background) whenIdle(apply);
      else apply();
    };
    const subscription = liveQuery(query).subscribe({
      next: (value) => show({ status: 'ready', value }),
      error: (error: unknown) => show({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => {
      subscribed = false;
      subscription.unsubscribe();
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the query depends on, like useMemo
  }, deps);
  return state;
}
