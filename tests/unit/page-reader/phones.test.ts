import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhonesInText, phoneKey } from '../../../lib/page-reader/in-page/phone-text';
import { normalisePhone } from '../../../lib/page-reader/phones';

describe('phone numbers in any common format', () => {
  const cases: [raw: string, region: string, e164: string, extension?: string][] = [
    ['(252) 460-7929', 'US', '+12524607929'],
    ['937.676.2183 x18521', 'US', '+19376762183', '18521'],
    ['1-914-766-2137', 'US', '+19147662137'],
    ['138 0013 8000', 'CN', '+8613800138000'],
    ['+86 138-0013-8000', 'US', '+8613800138000'],
    ['010-6552 9988', 'CN', '+861065529988'],
    ['010-6552 9988 分机 203', 'CN', '+861065529988', '203'],
  ];
  for (const [raw, region, e164, extension] of cases) {
    it(`spots and normalises ${raw} (${region})`, () => {
      expect(findPhonesInText(`Call ${raw}, thanks`)).toEqual([raw]);
      const phone = normalisePhone(raw, region);
      expect(phone?.e164).toBe(e164);
      expect(phone?.extension).toBe(extension);
    });
  }

  it('finds several numbers in one text and ignores dates, amounts and ids', () => {
    const text =
      'Home (252) 460-7929, mobile 138 0013 8000; paid ¥4,860 on 2026-11-20, order 2026.11.20, id 4481-2210-77, ID 110105199001011234';
    expect(findPhonesInText(text)).toEqual(['(252) 460-7929', '138 0013 8000']);
  });

  it('keys a number the same whatever its format', () => {
    expect(phoneKey('+86 138-0013-8000')).toBe(phoneKey('138 0013 8000'));
    expect(phoneKey('1-914-766-2137')).toBe(phoneKey('(914) 766-2137'));
    expect(phoneKey('937.676.2183 x18521')).toBe(phoneKey('9376762183'));
  });

  it('never throws on arbitrary text and only returns digit-rich matches', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const found of findPhonesInText(text)) expect(found.replace(/\D/g, '').length).toBeGreaterThanOrEqual(7);
      }),
    );
  });

  it('rejects what is not a possible number', () => {
    expect(normalisePhone('12', 'US')).toBeUndefined();
    expect(normalisePhone('not a phone', 'CN')).toBeUndefined();
  });
});
