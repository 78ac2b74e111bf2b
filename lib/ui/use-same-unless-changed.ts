import { useRef } from 'preact/hooks';

/**
 * The value from the last render while `same(last, next)` holds: a value
 * rebuilt on every render (a fresh object or array) keeps its identity, so a
 * memo component given it can skip rendering again when nothing it shows changed.
 */
export function useSameUnlessChanged<T>(next: T, same: (last: T, next: T) => boolean): T {
  const kept = useRef(next);
  if (!same(kept.current, next)) kept.current = next;
  return kept.current;
}
