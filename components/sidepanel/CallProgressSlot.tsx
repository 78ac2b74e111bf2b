import { memo } from '../shared/memo';
import { LazyTargetSummary } from '../targets/LazyTargetSummary';
import type { SectionProps } from './sections/section-props';

/**
 * Where the Call section shows progress against targets ("Today / This month"),
 * between the record and the call. The targets feature renders its summary here.
 */
export const CallProgressSlot = memo(function CallProgressSlot({ services }: Pick<SectionProps, 'services' | 'profile'>) {
  return <LazyTargetSummary db={services.db} now={services.now} openOptions={services.openOptions} />;
});
