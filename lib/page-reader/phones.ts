import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

export interface NormalisedPhone {
  /** +8613800138000 */
  e164: string;
  /** Extension digits, when written (x18521). */
  extension?: string;
  /** International format for display. */
  display: string;
}

/** Chinese extension markers (分机 123, 转 123) read as libphonenumber's "ext." */
const CHINESE_EXTENSION = /\s*(?:分机号?|转)\s*(?=\d)/g;

/**
 * Normalises a phone number as written on a CRM page. Numbers without a
 * country code are read in the rep's default region. Runs in extension pages,
 * never on the CRM page (the metadata is too large for the page reader).
 */
export function normalisePhone(raw: string, defaultRegion: string): NormalisedPhone | undefined {
  const parsed = parsePhoneNumberFromString(raw.replace(CHINESE_EXTENSION, ' ext. '), defaultRegion as CountryCode);
  if (!parsed?.isPossible()) return undefined;
  return { e164: parsed.number, extension: parsed.ext, display: parsed.formatInternational() };
}
