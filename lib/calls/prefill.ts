import type { PageContext } from '../page-reader/page-context';
import type { NormalisePhone } from '../ui/use-phone-normaliser';
import type { DraftPatch } from './draft';

/**
 * What the call takes from the record on screen: name, phone (the one the rep
 * picked, else the first found), record URL and page title.
 */
export function prefillFromPage(
  context: PageContext | undefined,
  defaultRegion: string,
  normalisePhone: NormalisePhone | undefined,
  pickedPhoneRaw?: string,
): DraftPatch {
  const phoneRaw = pickedPhoneRaw ?? context?.phones[0]?.raw;
  // Until the normaliser has loaded (first milliseconds) the number is kept as written.
  const phone = phoneRaw ? normalisePhone?.(phoneRaw, defaultRegion) : undefined;
  if (!context) return phoneRaw ? { phoneRaw, phoneE164: phone?.e164 } : {};
  return {
    customerName: context.name,
    phoneRaw,
    phoneE164: phone?.e164,
    recordUrl: context.url,
    pageTitle: context.title,
  };
}
