// Cheap phone-number spotting in page text. Runs on the CRM page, so no
// libphonenumber here (its metadata is larger than the whole reader): these
// patterns only find candidates; the panel validates and normalises them.

const EXTENSION = String.raw`(?:\s*(?:x|ext\.?|extension|#|分机|转)\s*\d{1,6})?`;
const SHAPES = [
  // +86 138-0013-8000, +1 (252) 460-7929, +44 20 7946 0958
  String.raw`\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}`,
  // (252) 460-7929, 937.676.2183, 1-914-766-2137
  String.raw`(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}`,
  // 138 0013 8000, 13800138000
  String.raw`1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}`,
  // 010-6552 9988, 0755-12345678
  String.raw`0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}`,
];
const PHONE_PATTERN = new RegExp(String.raw`(?<![\w+.-])(?:${SHAPES.join('|')})${EXTENSION}(?![\w])`, 'gi');

/** Full-width digits (１３８…, typed with a CJK input method) as ASCII; same length, so indexes still match. */
export const toAsciiDigits = (text: string): string =>
  text.replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** Phone-shaped substrings of a text, in order (full-width digits read as ASCII). */
export function findPhonesInText(rawText: string, limit = 10): string[] {
  const text = toAsciiDigits(rawText);
  // Most text has no run of 3 digits: skip the big pattern for it.
  if (!/\d{3}/.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(PHONE_PATTERN)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 21) found.push(match[0].trim());
    if (found.length >= limit) break;
  }
  return found;
}

const EXTENSION_MARK = /\s*(?:x|ext\.?|extension|#|分机|转)\s*(?=\d)/i;
const mainNumber = (raw: string): string => toAsciiDigits(raw).split(EXTENSION_MARK)[0] ?? raw;

/** "(474) 620-4293 x796", "0571-8765 4321 转 802": the number carries an extension. */
export const hasExtension = (raw: string): boolean => EXTENSION_MARK.test(toAsciiDigits(raw));

/** The digits that identify a number, ignoring format and a leading country code. */
export function phoneKey(raw: string): string {
  return mainNumber(raw).replace(/\D/g, '').slice(-10);
}

/** How many digits the number has, extension left out. */
export const phoneDigits = (raw: string): number => mainNumber(raw).replace(/\D/g, '').length;

/** Words that say what kind of number it is, shown beside it rather than as its label. */
const PHONE_TYPE = /^\(?(work|home|mobile|cell|fax|office|main|direct|other|landline|手机|座机|办公|家庭|住宅|传真|工作|单位|固话)\)?$/i;

/** "Work" from the text left beside a number, when that text is a phone type word. */
export function phoneTypeBeside(text: string): string | undefined {
  const rest = text.replace(/[·•|,;:：()（）\s]+/g, ' ').trim();
  for (const word of rest.split(' ')) if (PHONE_TYPE.test(word)) return word;
  return undefined;
}
