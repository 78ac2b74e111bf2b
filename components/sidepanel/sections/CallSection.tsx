import { PageContextPanel } from '../PageContextPanel';
import type { SectionProps } from './section-props';

/** The Call section: who is on screen, then the call being made. */
export function CallSection(props: SectionProps) {
  return (
    <div class="stack">
      <PageContextPanel {...props} />
    </div>
  );
}
