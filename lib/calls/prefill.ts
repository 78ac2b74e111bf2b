import type { PageContext } from '../page-reader/page-context';
import type { NormalisePhone } from '../ui/use-phone-normaliser';
import type { CallDraft, DraftPatch } from './draft';

/**
 * Whether what the rep set before starting (a picked number, the script path,
 * used rebuttals) belongs to the record now on screen. A number picked on one
 * record must never be dialled, checked or logged against the next one.
 */
export function draftIsForRecord(draft: Pick<CallDraft, 'recordUrl'>, context: PageContext | undefined): boolean {
  return !draft.recordUrl || !context || draft.recordUrl === context.url;
}

/** The first number that parses as a real phone number, else the first found. */
function defaultPhone(context: PageContext | undefined, defaultRegion: string, normalisePhone: NormalisePhone | undefined) {
  const phones = context?.phones ?? [];
  return (phones.find((phone) => normalisePhone?.(phone.raw, defaultRegion)) ?? phones[0])?.raw;
}

/**
 * What the call takes from the record on screen: name, phone (the one the rep
 * picked, else the first valid one found), record URL and page title.
 */
export function prefillFromPage(
  context: PageContext | undefined,
  defaultRegion: string,
  normalisePhone: NormalisePhone | undefined,
  pickedPhoneRaw?: string,
): DraftPatch {
  const phoneRaw = pickedPhoneRaw ?? defaultPhone(context, defaultRegion, normalisePhone);
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
