import { stripBidiControls } from '../../lib/ui/bidi';

/**
 * Text that came from a CRM page (a name, a number): isolated from the
 * sentence around it and stripped of bidi controls, so it can never render reversed.
 */
export function PageText({ text }: { text: string | undefined }) {
  if (!text) return null;
  return <bdi class="page-text">{stripBidiControls(text)}</bdi>;
}
