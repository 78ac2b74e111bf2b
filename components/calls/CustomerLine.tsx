import { stripBidiControls } from '../../lib/ui/bidi';

/**
 * "Name · phone" from the CRM page: each value isolated in its own <bdi> with
 * bidi controls removed, so a name cannot reverse the text around it.
 */
export function CustomerLine({ customerName, phone, class: className }: { customerName?: string; phone?: string; class?: string }) {
  const parts = [customerName, phone].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return (
    <p class={className ?? 'call-who'}>
      {parts.map((part, index) => (
        <>
          {index > 0 && ' · '}
          <bdi>{stripBidiControls(part)}</bdi>
        </>
      ))}
    </p>
  );
}
