import { useEffect, useState } from 'preact/hooks';

/** The page's current #route, one of `routes` (the first is the default). */
export function useHashRoute<T extends string>(routes: readonly T[]): T {
  const read = () => {
    const hash = location.hash.slice(1) as T;
    return routes.includes(hash) ? hash : (routes[0] as T);
  };
  const [route, setRoute] = useState<T>(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route list is a module constant; one listener for the page's life
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
