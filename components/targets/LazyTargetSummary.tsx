import { useEffect, useState } from 'preact/hooks';
import type { TargetSummary, TargetSummaryProps } from './TargetSummary';

let loaded: typeof TargetSummary | undefined;

/**
 * The Call section's target bars, loaded after first paint (plan and pace code
 * stay out of the panel's initial JS). Renders nothing until loaded, so the
 * section never flashes a loading line.
 */
export function LazyTargetSummary(props: TargetSummaryProps) {
  const [Component, setComponent] = useState(() => loaded);
  useEffect(() => {
    if (Component) return;
    void import('./TargetSummary').then((module) => {
      loaded = module.TargetSummary;
      setComponent(() => module.TargetSummary);
    });
  }, [Component]);
  return Component ? <Component {...props} /> : null;
}
